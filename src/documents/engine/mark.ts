/**
 * Whether a library prototype is changed here for the first time under `name`, marking it so.
 * The mark is a registered symbol on the prototype itself (`kaopingtong.<name>`): a second
 * document, worker message or loader finds the prototype already changed, and a check can see
 * which changes a prototype carries.
 */
export function firstTime(proto: object, name: string): boolean {
  const mark = Symbol.for(`kaopingtong.${name}`)
  if (Object.prototype.hasOwnProperty.call(proto, mark)) return false
  Object.defineProperty(proto, mark, { value: true })
  return true
}

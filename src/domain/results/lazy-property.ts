/**
 * Defines `key` on objects as an own, enumerable property whose value is made on first read and
 * then kept, so JSON, structured cloning and spreading still see it as data.
 *
 * One getter function serves every object, with the per-object maker in a WeakMap: V8 keeps
 * objects whose accessors differ from object to object (a getter written in an object literal,
 * or a fresh closure each time) in slow dictionary mode, and then every `u.total` of the
 * ranking is a hash lookup. With a shared getter, all results keep one fast shape.
 */
export function lazyProperty<T>(key: string): (target: object, make: () => T) => void {
  const makers = new WeakMap<object, () => T>()
  const values = new WeakMap<object, T>()
  function get(this: object): T {
    if (values.has(this)) return values.get(this) as T
    const make = makers.get(this)
    if (!make) throw new Error(`属性 ${key} 只能在原对象上读取`)
    const value = make()
    values.set(this, value)
    makers.delete(this)
    return value
  }
  return (target, make) => {
    makers.set(target, make)
    Object.defineProperty(target, key, { get, enumerable: true, configurable: true })
  }
}

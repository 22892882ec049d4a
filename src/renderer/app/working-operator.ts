/**
 * Who is working in this window, kept in sessionStorage: a reload (or 重新加载 on the error page)
 * carries on as the same person, while a new start of the app, or a new window, asks again. Not
 * localStorage: the office PC is shared, and the next colleague must say who they are.
 */
const KEY = 'kaopingtong.operator'

export function rememberedOperator(storage: Storage = window.sessionStorage): string | null {
  return storage.getItem(KEY)
}

export function rememberOperator(name: string, storage: Storage = window.sessionStorage): void {
  storage.setItem(KEY, name)
}

export function forgetOperator(storage: Storage = window.sessionStorage): void {
  storage.removeItem(KEY)
}

export { ApprovalPanel } from './ApprovalPanel'
export { lockMessage } from './lock-message'

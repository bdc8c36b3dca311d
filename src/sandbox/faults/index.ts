// Fault injection for testing clients against a misbehaving API: rules, controls, the HTTP control endpoint.
export { FAULT_CONTROL_PATH, faultControlInterceptor } from './control-endpoint'
export { type FaultControls, faultControls } from './controls'
export { FaultInjector, type PendingRule } from './injector'
export type { FaultLogEntry } from './log'
export { type FaultKind, type FaultRule, type ParsedFaultRule, FaultRuleSchema, parseFaultRules } from './rule'

// The Pydantic-v1-compatible validation kit every sandbox resource builds its request models from.
export { type Check, type Issue, type Loc, type Validator, fail, pass, pydantic } from './issue'
export { bool, canonicalUuid, int, str, uuid, type IntBounds } from './scalars'
export { datetime } from './datetime'
export { list, nullable, refine } from './compound'
export { model, optional, required, type FieldDef, type ModelShape, type ModelValue } from './model'

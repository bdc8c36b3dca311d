// An Electron-style event object: `preventDefault()` plus optional fields (e.g. `url`).
export class FakeEvent {
  constructor(fields = {}) {
    Object.assign(this, fields)
    this.defaultPrevented = false
  }
  preventDefault() {
    this.defaultPrevented = true
  }
}

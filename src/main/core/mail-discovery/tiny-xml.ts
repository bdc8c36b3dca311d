/** One parsed XML element: local name (prefix dropped), attributes, child elements and direct text. */
export interface XmlElement {
  name: string
  attrs: Record<string, string>
  children: XmlElement[]
  text: string
}

/** Thrown for input that is not well-formed enough to trust. */
export class XmlParseError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'XmlParseError'
  }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10)
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ''
    }
    return ENTITIES[ref.toLowerCase()] ?? whole
  })
}

const localName = (qname: string): string => qname.slice(qname.indexOf(':') + 1)
const ATTR = /([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')/g
const MAX_DEPTH = 32

/**
 * A deliberately small XML reader for autoconfig files: elements, attributes, text, CDATA, comments.
 * It refuses DOCTYPE (no entity expansion, so no billion-laughs) and caps nesting depth.
 */
export function parseXml(input: string): XmlElement {
  const root: XmlElement = { name: '#document', attrs: {}, children: [], text: '' }
  const stack: XmlElement[] = [root]
  let i = 0
  while (i < input.length) {
    const lt = input.indexOf('<', i)
    const top = stack[stack.length - 1] as XmlElement
    if (lt < 0) {
      top.text += decode(input.slice(i))
      break
    }
    if (lt > i) top.text += decode(input.slice(i, lt))
    if (input.startsWith('<!--', lt)) {
      const end = input.indexOf('-->', lt + 4)
      if (end < 0) throw new XmlParseError('unterminated comment')
      i = end + 3
    } else if (input.startsWith('<![CDATA[', lt)) {
      const end = input.indexOf(']]>', lt + 9)
      if (end < 0) throw new XmlParseError('unterminated CDATA')
      top.text += input.slice(lt + 9, end)
      i = end + 3
    } else if (input.startsWith('<?', lt)) {
      const end = input.indexOf('?>', lt + 2)
      if (end < 0) throw new XmlParseError('unterminated processing instruction')
      i = end + 2
    } else if (input.startsWith('<!', lt)) {
      throw new XmlParseError('DOCTYPE and declarations are not accepted')
    } else {
      const gt = input.indexOf('>', lt + 1)
      if (gt < 0) throw new XmlParseError('unterminated tag')
      const body = input.slice(lt + 1, gt)
      i = gt + 1
      if (body.startsWith('/')) {
        const name = localName(body.slice(1).trim())
        if (stack.length < 2 || top.name !== name) throw new XmlParseError(`unexpected </${name}>`)
        top.text = top.text.trim()
        stack.pop()
        continue
      }
      const selfClosing = body.endsWith('/')
      const m = /^([^\s/>]+)/.exec(body)
      if (!m || !m[1]) throw new XmlParseError('empty tag')
      const el: XmlElement = { name: localName(m[1]), attrs: {}, children: [], text: '' }
      for (const a of body.slice(m[1].length).matchAll(ATTR)) {
        el.attrs[localName(a[1] as string)] = decode(a[3] ?? a[4] ?? '')
      }
      top.children.push(el)
      if (!selfClosing) {
        if (stack.length > MAX_DEPTH) throw new XmlParseError('nesting too deep')
        stack.push(el)
      }
    }
  }
  if (stack.length !== 1) throw new XmlParseError('unclosed elements')
  const [doc] = root.children
  if (!doc || root.children.length !== 1) throw new XmlParseError('expected exactly one root element')
  return doc
}

/** Direct children of `el` named `name`. */
export function childrenNamed(el: XmlElement, name: string): XmlElement[] {
  return el.children.filter((c) => c.name === name)
}

/** Text of the first direct child named `name`, or undefined. */
export function childText(el: XmlElement, name: string): string | undefined {
  return el.children.find((c) => c.name === name)?.text
}

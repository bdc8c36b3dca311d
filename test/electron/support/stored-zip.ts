import { crc32 } from 'node:zlib'

/** One file for storedZip: its path in the archive, its bytes and its Unix mode. */
export interface ZipEntry {
  name: string
  data: Buffer
  mode?: number
}

function u16(value: number): Buffer {
  const buffer = Buffer.alloc(2)
  buffer.writeUInt16LE(value)
  return buffer
}

function u32(value: number): Buffer {
  const buffer = Buffer.alloc(4)
  buffer.writeUInt32LE(value >>> 0)
  return buffer
}

/**
 * A minimal uncompressed ("stored") zip with Unix modes, enough for Electron's extractor to unpack
 * a fake release: tests need a real archive and the project has no zip library.
 */
export function storedZip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const { name, data, mode = 0o644 } of entries) {
    const fileName = Buffer.from(name, 'utf8')
    const crc = crc32(data)
    const common = [u16(20), u16(0x0800), u16(0), u16(0), u16(0x21), u32(crc), u32(data.length), u32(data.length), u16(fileName.length), u16(0)]
    const local = Buffer.concat([u32(0x04034b50), ...common, fileName, data])
    centrals.push(
      Buffer.concat([u32(0x02014b50), u16((3 << 8) | 20), ...common, u16(0), u16(0), u16(0), u32(((0o100000 | mode) << 16) >>> 0), u32(offset), fileName])
    )
    locals.push(local)
    offset += local.length
  }
  const central = Buffer.concat(centrals)
  const end = Buffer.concat([u32(0x06054b50), u16(0), u16(0), u16(entries.length), u16(entries.length), u32(central.length), u32(offset), u16(0)])
  return Buffer.concat([...locals, central, end])
}

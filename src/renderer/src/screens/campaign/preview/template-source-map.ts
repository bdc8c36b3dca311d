/*
 * The preview rewrites ColdSend-only syntax (spintax, dn_date) into plain Liquid before parsing. This
 * records where each piece of the rewritten text came from, so a Liquid error's line and column
 * point into what the user typed.
 */

interface Piece {
  outStart: number
  length: number
  origStart: number
  /** Copied verbatim (positions map one to one) or generated (all map to `origStart`). */
  copied: boolean
}

/** Builds rewritten text piece by piece and maps its positions back to the original. */
export class SourceMapBuilder {
  private text = ''
  private readonly pieces: Piece[] = []

  constructor(private readonly original: string) {}

  /** Appends original[from, to) unchanged. */
  copy(from: number, to: number): void {
    if (to <= from) return
    this.pieces.push({ outStart: this.text.length, length: to - from, origStart: from, copied: true })
    this.text += this.original.slice(from, to)
  }

  /** Appends generated text that stands for the original construct starting at `origin`. */
  emit(text: string, origin: number): void {
    if (!text) return
    this.pieces.push({ outStart: this.text.length, length: text.length, origStart: origin, copied: false })
    this.text += text
  }

  /** The rewritten text so far. */
  get output(): string {
    return this.text
  }

  /** The original offset of rewritten offset `index`. */
  originalIndex(index: number): number {
    let found: Piece | undefined
    for (const piece of this.pieces) {
      if (piece.outStart > index) break
      found = piece
    }
    if (!found) return 0
    if (!found.copied) return found.origStart
    return found.origStart + Math.min(index - found.outStart, found.length)
  }

  /** 1-based line/column in the original of 1-based line/column in the rewritten text. */
  originalPosition(line: number, col: number): { line: number; col: number } {
    return positionOf(this.original, this.originalIndex(indexOf(this.text, line, col)))
  }
}

/** 0-based offset of a 1-based line/column in `text`. */
export function indexOf(text: string, line: number, col: number): number {
  let index = 0
  for (let l = 1; l < line; l++) {
    const next = text.indexOf('\n', index)
    if (next < 0) return text.length
    index = next + 1
  }
  return Math.min(index + col - 1, text.length)
}

/** 1-based line/column of 0-based offset `index` in `text`. */
export function positionOf(text: string, index: number): { line: number; col: number } {
  const before = text.slice(0, index)
  const line = before.split('\n').length
  return { line, col: index - (before.lastIndexOf('\n') + 1) + 1 }
}

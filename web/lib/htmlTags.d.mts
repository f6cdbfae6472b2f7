export interface ScannedTag {
  name: string
  end: boolean
  start: number
  stop: number
  attributes: { name: string; value: string }[]
}
export declare function scanTags(html: string, onTag: (tag: ScannedTag) => void): void

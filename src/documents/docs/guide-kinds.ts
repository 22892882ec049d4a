import type { YearSettings } from '../../domain'

/** The printed guides: 使用说明 (all of the app's help) and 填表说明 (one page for the units). */
export const GUIDE_KINDS = ['manual', 'fill'] as const
export type GuideKind = (typeof GUIDE_KINDS)[number]

export const GUIDE_FILE_NAMES: Record<GuideKind, string> = {
  manual: '使用说明.pdf',
  fill: '填表说明.pdf',
}

/** What the guides need of the open year; without one the 填表说明 says what is missing. */
export interface GuideYear {
  year: number
  settings: Pick<YearSettings, 'countyName' | 'returnDeadline' | 'returnContact'>
}

/**
 * The typefaces a 公文 uses (GB/T 9704-2012 and common practice). Page numbers are 宋体, a
 * role of their own: with 仿宋 installed for the body they must not follow it.
 */
export const FONT_ROLES = ['title', 'body', 'hei', 'kai', 'song'] as const
export type FontRole = (typeof FONT_ROLES)[number]

export const FONT_ROLE_LABELS: Record<FontRole, string> = {
  title: '标题（小标宋）',
  body: '正文（仿宋）',
  hei: '黑体',
  kai: '楷体',
  song: '页码（宋体）',
}

/**
 * Why each role's bundled substitute is the one it is, shown beside the role when no official
 * font is installed: the office must know what it prints with.
 */
export const SUBSTITUTE_NOTES: Record<FontRole, string> = {
  title: '方正小标宋简体为商用字体，不随软件提供；以思源宋体粗体代替，安装后自动改用。',
  body: '仿宋为商用字体；可整文件取得的自由授权仿宋（朱雀仿宋）未在 npm 发布，正文暂用思源宋体。安装仿宋_GB2312 或仿宋后自动改用，也可“指定字体文件”。',
  hei: '黑体为商用字体；以思源黑体代替，安装后自动改用。',
  kai: '楷体为商用字体；以霞鹜文楷（自由授权的楷体风格字体）代替，安装后自动改用。',
  song: '宋体随 Windows 提供；未找到时页码以思源宋体代替。',
}

/**
 * One font file offered to the resolution: bundled (from npm), installed on the PC, or picked
 * by the user. Bytes come in from outside: this layer never reads files itself.
 */
export interface FontFile {
  /** Stable key, e.g. 'bundled:noto-serif-sc-bold' or a file path. */
  id: string
  /** What the user sees, e.g. '方正小标宋简体' or 'Noto Serif SC Bold（开源替代字体）'. */
  label: string
  bytes: Uint8Array
  /** Which font of a collection (.ttc) to use. */
  postscriptName?: string
  /** Roles this file is meant for; official fonts are preferred over bundled ones. */
  suits: FontRole[]
  official: boolean
}

/** Official Windows fonts by file name, in order of preference per role. */
export const WINDOWS_FONT_FILES: { file: string; label: string; suits: FontRole[] }[] = [
  { file: 'FZXBSJW.TTF', label: '方正小标宋简体', suits: ['title'] },
  { file: 'FZXBSK.TTF', label: '方正小标宋简体', suits: ['title'] },
  { file: 'simfang.ttf', label: '仿宋', suits: ['body'] },
  { file: 'FSGB2312.ttf', label: '仿宋_GB2312', suits: ['body'] },
  { file: 'simhei.ttf', label: '黑体', suits: ['hei'] },
  { file: 'simkai.ttf', label: '楷体', suits: ['kai'] },
  { file: 'SIMKAI.TTF', label: '楷体', suits: ['kai'] },
  // A collection: its first font is 宋体 (SimSun), the second 新宋体.
  { file: 'simsun.ttc', label: '宋体', suits: ['song'] },
  { file: 'simsunb.ttf', label: '宋体-ExtB（生僻字）', suits: [] },
]

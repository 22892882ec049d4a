import { createTheme } from '@mantine/core'

// Fonts that exist on the users' PCs (Windows: 微软雅黑) and on Linux build machines (Noto);
// the app ships no web font for its UI and never fetches one.
const systemCjk = [
  '"Microsoft YaHei"',
  '"微软雅黑"',
  '"PingFang SC"',
  '"Noto Sans CJK SC"',
  '"Noto Sans SC"',
  '"Source Han Sans SC"',
  '"WenQuanYi Micro Hei"',
  'sans-serif',
].join(', ')

export const theme = createTheme({
  fontFamily: systemCjk,
  headings: { fontFamily: systemCjk, fontWeight: '600' },
  primaryColor: 'blue',
  defaultRadius: 'sm',
  fontSizes: { xs: '12px', sm: '13px', md: '14px', lg: '16px', xl: '18px' },
  components: {
    Table: { defaultProps: { verticalSpacing: 4, horizontalSpacing: 'xs', fz: 'sm' } },
  },
})

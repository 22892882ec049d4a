import type { Leader, Unit, UnitKind } from '../model/unit'
import { pick } from './prng'

/** A fictional county: 14 townships, sub-districts and parks, 30 county departments. */
export const SAMPLE_COUNTY = '云溪县'

export const SAMPLE_TOWNSHIPS: [string, UnitKind][] = [
  ['城东街道', '街道'],
  ['城西街道', '街道'],
  ['青山镇', '乡镇'],
  ['白水镇', '乡镇'],
  ['石门镇', '乡镇'],
  ['龙潭镇', '乡镇'],
  ['杨柳乡', '乡镇'],
  ['桃源镇', '乡镇'],
  ['梅岭镇', '乡镇'],
  ['河口镇', '乡镇'],
  ['松林乡', '乡镇'],
  ['金桥镇', '乡镇'],
  ['云溪经济开发区', '园区'],
  ['云溪工业园区', '园区'],
]

export const SAMPLE_DEPARTMENTS = [
  '县发展和改革局',
  '县教育局',
  '县科技和工业信息化局',
  '县公安局',
  '县民政局',
  '县司法局',
  '县财政局',
  '县人力资源和社会保障局',
  '县自然资源局',
  '县住房和城乡建设局',
  '县交通运输局',
  '县水务局',
  '县农业农村局',
  '县商务局',
  '县文化广电旅游局',
  '县卫生健康委员会',
  '县应急管理局',
  '县审计局',
  '县市场监督管理局',
  '县统计局',
  '县林业局',
  '县城市管理局',
  '县乡村振兴局',
  '县医疗保障局',
  '县机关事务服务中心',
  '县融媒体中心',
  '县供销合作社',
  '县气象局',
  '县投资促进局',
  '县国有资产服务中心',
]

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'
const GIVEN =
  '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建文辉力永健志宏海波宁斌琳雪梅晓东云飞鹏林峰春燕'

function personName(rand: () => number): string {
  const given =
    rand() < 0.4 ? pick(rand, [...GIVEN]) : pick(rand, [...GIVEN]) + pick(rand, [...GIVEN])
  return pick(rand, [...SURNAMES]) + given
}

const TITLES: Record<UnitKind, [string, string, string]> = {
  乡镇: ['党委书记', '镇长', '副镇长'],
  街道: ['党工委书记', '办事处主任', '办事处副主任'],
  园区: ['党工委书记', '管委会主任', '管委会副主任'],
  部门: ['党组书记', '局长', '副局长'],
}

function leaders(rand: () => number, name: string, kind: UnitKind): Leader[] {
  const sec = TITLES[kind][0]
  let [, chief, deputy] = TITLES[kind]
  if (name.endsWith('乡')) [chief, deputy] = ['乡长', '副乡长']
  if (kind === '部门' && !name.endsWith('局')) [chief, deputy] = ['主任', '副主任']
  return [
    { role: 'secretary', name: personName(rand), title: sec },
    { role: 'chief', name: personName(rand), title: chief },
    { role: 'deputy', name: personName(rand), title: deputy },
  ]
}

export function sampleRoster(rand: () => number): Unit[] {
  const township = SAMPLE_TOWNSHIPS.map(([name, kind], i) =>
    unit(rand, `t${pad(i + 1)}`, name, kind),
  )
  const department = SAMPLE_DEPARTMENTS.map((name, i) => unit(rand, `d${pad(i + 1)}`, name, '部门'))
  return [...township, ...department]
}

function unit(rand: () => number, id: string, name: string, kind: UnitKind): Unit {
  const phone = `0851-${String(Math.floor(rand() * 9000000) + 1000000)}`
  return {
    id,
    name,
    sequence: kind === '部门' ? 'department' : 'township',
    kind,
    leaders: leaders(rand, name, kind),
    contact: { name: personName(rand), phone },
    retired: false,
  }
}

const pad = (n: number) => String(n).padStart(2, '0')

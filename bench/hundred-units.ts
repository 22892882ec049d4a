import { createSampleYear, type YearPackage } from '../src/domain'

/** The sample county grown to 100 units by copying units with their scores and records. */
export function hundredUnits(): YearPackage {
  const pkg = createSampleYear()
  const base = [...pkg.units]
  for (let i = 0; pkg.units.length < 100; i++) {
    const src = base[i % base.length]!
    const id = `${src.id}-c${i}`
    pkg.units.push({ ...src, id, name: `${src.name}${i + 1}号` })
    pkg.scores.push(
      ...pkg.scores.filter((s) => s.unitId === src.id).map((s) => ({ ...s, unitId: id })),
    )
    pkg.submissions.push(
      ...pkg.submissions.filter((s) => s.unitId === src.id).map((s) => ({ ...s, unitId: id })),
    )
  }
  return pkg
}

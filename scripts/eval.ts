/**
 * Accuracy report: runs the built CLI and scores its output against gold annotations.
 *
 *   tsx scripts/eval.ts [--gold <file>] [--json] [--verbose] [<dir> ...]
 *
 * With no directory it scores `seeds/` against `fixtures/seeds.gold.json`. Each directory
 * given (one holding a `gold.json`, like `../shared/polnear/dev`) is run and scored as a
 * section of its own; the gold's format (seeds or PolNeAR) decides how. `--gold` names the
 * gold for the seeds run, or for a directory that has no `gold.json` of its own.
 * With no directory it also runs the generated behavioural suite (`tests/behaviour/`) and
 * prints its pass rate per family (`--verbose`: a few failing cases per family).
 * Then the holdout suite (`tests/behaviour/holdout.ts`), written apart from the first one with
 * other templates and other words, the same way per family.
 * It is a report, not a test: it exits 0 unless it could not run at all.
 */
import { execFile } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs, promisify } from 'node:util'
import { behaviourLines, scoreBehaviour, scoreHoldout } from './lib/behaviour.js'
import {
  type CliOutput,
  context,
  isPolnearGold,
  isSeedsGold,
  type PolnearScore,
  type Prf,
  type SeedsScore,
  scorePolnear,
  scoreSeeds,
} from './lib/score.js'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const cli = join(root, 'dist', 'cli.js')
const run = promisify(execFile)

type Section =
  | { name: string; gold: string; mode: 'seeds'; score: SeedsScore }
  | { name: string; gold: string; mode: 'polnear'; score: PolnearScore; dir: string }

/** Runs the built CLI with `--json` on a file or directory and parses what it prints. */
async function runCli(target: string): Promise<CliOutput> {
  let stdout: string
  try {
    ;({ stdout } = await run(process.execPath, [cli, '--json', target], {
      cwd: root,
      maxBuffer: 1024 * 1024 * 1024,
      encoding: 'utf8',
    }))
  } catch (error) {
    // A non-zero exit may still come with a full report (say, one unreadable document).
    const failed = error as { stdout?: string; stderr?: string; message: string }
    if (!failed.stdout) {
      throw new Error(`the CLI failed on ${target}: ${failed.stderr || failed.message}`)
    }
    stdout = failed.stdout
  }
  try {
    return JSON.parse(stdout) as CliOutput
  } catch {
    throw new Error(`the CLI printed no JSON for ${target}: ${stdout.slice(0, 200)}`)
  }
}

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'))
}

async function section(
  name: string,
  target: string,
  goldFile: string,
  cwd: string,
): Promise<Section> {
  const gold = readJson(goldFile)
  const output = await runCli(target)
  const shown = relative(cwd, goldFile) || goldFile
  if (isSeedsGold(gold)) {
    return { name, gold: shown, mode: 'seeds', score: scoreSeeds(output, gold) }
  }
  if (isPolnearGold(gold)) {
    const dir = resolve(root, target)
    return { name, gold: shown, mode: 'polnear', score: scorePolnear(output, gold), dir }
  }
  throw new Error(`${goldFile} is neither a seeds gold nor a PolNeAR gold`)
}

// ---------------------------------------------------------------------------------------------
// Printing

const pct = (value: number | null): string =>
  value === null ? '   n/a' : `${(value * 100).toFixed(1).padStart(5)}%`

const clip = (text: string, width = 90): string => {
  const line = text.replace(/\s+/g, ' ')
  return line.length > width ? `${line.slice(0, width - 1)}…` : line
}

function table(rows: string[][]): string {
  const widths: number[] = []
  for (const row of rows) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, cell.length)
    })
  }
  return rows
    .map((row) => `  ${row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ')}`.trimEnd())
    .join('\n')
}

const prfRow = (label: string, s: Prf): string[] => [
  label,
  `P ${pct(s.precision)}`,
  `R ${pct(s.recall)}`,
  `F1 ${pct(s.f1)}`,
  `tp ${s.truePositives} fp ${s.falsePositives} fn ${s.falseNegatives}`,
]

function documentNotes(score: SeedsScore | PolnearScore): string[] {
  const { missing, errored, extra } = score.documents
  const notes: string[] = []
  if (missing.length > 0) notes.push(`  ! not in the output (quotes missed): ${missing.join(', ')}`)
  if (errored.length > 0) notes.push(`  ! CLI error (quotes missed): ${errored.join(', ')}`)
  if (extra.length > 0) notes.push(`  ! no gold, not scored: ${extra.length} document(s)`)
  return notes
}

function printSeeds(s: Section & { mode: 'seeds' }, verbose: boolean): void {
  const { score } = s
  const sp = score.speakers
  const lines = [
    `${s.name} — seeds gold ${s.gold} (${score.documents.gold} documents)`,
    ...documentNotes(score),
    `  quotes: ${score.quotes.gold} gold, ${score.quotes.predicted} predicted`,
    table([
      prfRow('  exact', score.quotes.exact),
      prfRow('  lenient', score.quotes.lenient),
      prfRow('clusters', score.clusters),
    ]),
    `  speakers  ${pct(sp.accuracy).trim()} right (${sp.correct}/${sp.total} found quotes): ` +
      `${sp.missing} null-but-should-have, ${sp.wrong} wrong, ${sp.spurious} should-be-null`,
    table(
      Object.entries(sp.byHow)
        .sort(([, a], [, b]) => b.total - a.total)
        .map(([how, b]) => [`  ${how}`, pct(b.accuracy), `${b.correct}/${b.total}`]),
    ),
    `  speaker ids: ${score.speakerIds.entities} entities, ${score.speakerIds.split.length} split, ` +
      `${score.speakerIds.merged.length} merged`,
    ...score.speakerIds.split.map((e) => `    split  ${e.entity}: ${e.ids.join(', ')}`),
    ...score.speakerIds.merged.map((m) => `    merged ${m.id}: ${m.entities.join(', ')}`),
  ]
  if (verbose) {
    const { missed, spurious, wrongSpeakers } = score.errors
    lines.push(`  missed quotes (${missed.length}):`)
    for (const m of missed) {
      lines.push(
        `    ${m.file} ${m.start}-${m.end} [${m.how}, ${m.speaker ?? 'null'}] ${clip(m.text)}`,
      )
    }
    lines.push(`  spurious quotes (${spurious.length}):`)
    for (const m of spurious) {
      lines.push(`    ${m.file} ${m.start}-${m.end} [${m.speaker ?? 'null'}] ${clip(m.text)}`)
    }
    lines.push(`  wrong speakers (${wrongSpeakers.length}): gold → predicted`)
    for (const w of wrongSpeakers) {
      const mention = w.mention === null ? '' : ` (via “${w.mention}”)`
      lines.push(
        `    ${w.file} ${w.start}-${w.end} [${w.how}] ${w.gold ?? 'null'} → ` +
          `${w.predicted ?? 'null'}${mention}: ${clip(w.text, 70)}`,
      )
    }
  }
  console.log(lines.join('\n'))
}

function printPolnear(s: Section & { mode: 'polnear' }, verbose: boolean): void {
  const { quotes: q, attribution: a, errors } = s.score
  const lines = [
    `${s.name} — PolNeAR gold ${s.gold} (${s.score.documents.gold} documents)`,
    ...documentNotes(s.score),
    table([
      ['quotes found', pct(q.recall), `${q.found}/${q.gold} gold`],
      ['unmatched predictions', '', `${q.unmatchedPredictions}/${q.predicted} predicted`],
      ['attributed right', pct(a.share), `${a.right}/${a.withSource} found with a source`],
      ['  by mention overlap', '', `${a.rightByMention}`],
      ['  by name only', '', `${a.rightByNameOnly}`],
      ['  no speaker', '', `${a.noSpeaker}`],
      ['  other speaker', '', `${a.wrong}`],
    ]),
  ]
  if (verbose) {
    const texts = new Map<string, string | null>()
    const textOf = (file: string): string | null => {
      if (!texts.has(file)) {
        const path = join(s.dir, file)
        texts.set(file, existsSync(path) ? readFileSync(path, 'utf8') : null)
      }
      return texts.get(file) ?? null
    }
    const around = (file: string, start: number, end: number): string => {
      const text = textOf(file)
      return text === null ? '(text unavailable)' : context(text, start, end)
    }
    lines.push(`  missed quotes (${errors.missed.length}):`)
    for (const m of errors.missed) {
      lines.push(`    ${m.file} ${m.start}-${m.end} [source: ${m.sourceText || '—'}]`)
      lines.push(`      ${around(m.file, m.start, m.end)}`)
    }
    lines.push(`  wrong attributions (${errors.wrongAttributions.length}): gold source → predicted`)
    for (const w of errors.wrongAttributions) {
      const mention = w.mention ? ` (via “${w.mention.text}” at ${w.mention.start})` : ''
      const at = w.sources.map(([start, end]) => `${start}-${end}`).join(', ')
      lines.push(
        `    ${w.file} ${w.start}-${w.end} “${w.sourceText}” at ${at} → ` +
          `${w.predicted ?? 'null'}${mention}`,
      )
      lines.push(`      ${around(w.file, w.start, w.end)}`)
    }
  }
  console.log(lines.join('\n'))
}

/** Figures only (error lists too with `--verbose`), for `--json`. */
function figures(s: Section, verbose: boolean): unknown {
  const { errors, ...rest } = s.score
  return {
    name: s.name,
    mode: s.mode,
    gold: s.gold,
    ...rest,
    ...(verbose ? { errors } : {}),
  }
}

// ---------------------------------------------------------------------------------------------
// Main

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      gold: { type: 'string' },
      json: { type: 'boolean', default: false },
      verbose: { type: 'boolean', short: 'v', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  })
  if (values.help) {
    console.log('usage: tsx scripts/eval.ts [--gold <file>] [--json] [--verbose] [<dir> ...]')
    return 0
  }
  if (!existsSync(cli)) {
    console.error(`eval: ${relative(process.cwd(), cli)} is missing: build first (npm run build)`)
    return 1
  }
  // `npm run eval -- <dir>` runs from the package root; resolve paths from where it was typed.
  const cwd = process.env.INIT_CWD ?? process.cwd()
  const goldOption = values.gold === undefined ? undefined : resolve(cwd, values.gold)

  const jobs: { name: string; target: string; gold: string }[] = []
  if (positionals.length === 0) {
    jobs.push({
      name: 'seeds',
      target: 'seeds',
      gold: goldOption ?? join(root, 'fixtures', 'seeds.gold.json'),
    })
  }
  for (const positional of positionals) {
    const dir = resolve(cwd, positional)
    const own = join(dir, 'gold.json')
    const gold = existsSync(own) ? own : goldOption
    if (gold === undefined) {
      console.error(`eval: ${positional} has no gold.json (name one with --gold)`)
      return 1
    }
    jobs.push({ name: positional, target: dir, gold })
  }

  const sections: Section[] = []
  for (const job of jobs) {
    try {
      sections.push(await section(job.name, job.target, job.gold, cwd))
    } catch (error) {
      console.error(`eval: ${job.name}: ${(error as Error).message}`)
      return 1
    }
  }

  // The behavioural suite runs with the default report (no directory named), like the seeds.
  const behaviour = positionals.length === 0 ? scoreBehaviour() : null
  // The holdout suite stands in for the hidden one: other templates, other words.
  const holdout = positionals.length === 0 ? scoreHoldout() : null
  const rates = (scores: typeof behaviour) =>
    (scores ?? []).map(({ family, total, passed, rate }) => ({ family, total, passed, rate }))

  if (values.json) {
    const report = {
      sections: sections.map((s) => figures(s, values.verbose)),
      ...(behaviour ? { behaviour: rates(behaviour) } : {}),
      ...(holdout ? { holdout: rates(holdout) } : {}),
    }
    console.log(JSON.stringify(report, null, 2))
    return 0
  }
  sections.forEach((s, i) => {
    if (i > 0) console.log('')
    if (s.mode === 'seeds') printSeeds(s, values.verbose)
    else printPolnear(s, values.verbose)
  })
  if (behaviour) console.log(['', ...behaviourLines(behaviour, values.verbose)].join('\n'))
  if (holdout) {
    const lines = behaviourLines(
      holdout,
      values.verbose,
      3,
      'holdout — independent generated suite',
      'mean ≥ 0.98, none < 0.95',
    )
    console.log(['', ...lines].join('\n'))
  }
  return 0
}

process.exitCode = await main()

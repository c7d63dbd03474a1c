/**
 * The end-to-end pass of `scripts/bench.ts` alone, to profile:
 *
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx scripts/lib/bench-profile.ts [passes]
 *   npx tsx scripts/lib/bench-profile.ts --top /tmp/prof/<file>.cpuprofile   (TOP=n rows)
 */
import { readFileSync } from 'node:fs'
import { attributeDocuments } from '../../src/index.js'
import { loadCorpus } from './bench-corpus.js'

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  hitCount?: number
  children?: number[]
}

if (process.argv[2] === '--top') {
  const profile = JSON.parse(readFileSync(process.argv[3] as string, 'utf8')) as {
    nodes: ProfileNode[]
    startTime: number
    endTime: number
  }
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const self = new Map<string, number>()
  const total = new Map<string, number>()
  let hits = 0
  const name = (node: ProfileNode): string => {
    const file = node.callFrame.url.replace(/^.*\/(node_modules\/|src\/)/, '$1')
    return `${node.callFrame.functionName || '(anonymous)'} ${file}:${node.callFrame.lineNumber + 1}`
  }
  // Inclusive time: each function counted once per stack, however deep it recurses.
  const walk = (node: ProfileNode, stack: Set<string>): number => {
    let sum = node.hitCount ?? 0
    const key = name(node)
    self.set(key, (self.get(key) ?? 0) + (node.hitCount ?? 0))
    hits += node.hitCount ?? 0
    const fresh = !stack.has(key)
    if (fresh) stack.add(key)
    for (const child of node.children ?? []) sum += walk(byId.get(child) as ProfileNode, stack)
    if (fresh) {
      stack.delete(key)
      total.set(key, (total.get(key) ?? 0) + sum)
    }
    return sum
  }
  walk(profile.nodes[0] as ProfileNode, new Set())
  const print = (title: string, table: Map<string, number>) => {
    console.log(title)
    for (const [key, value] of [...table]
      .sort((a, b) => b[1] - a[1])
      .slice(0, Number(process.env.TOP ?? 25))) {
      console.log(`  ${((100 * value) / hits).toFixed(1).padStart(5)}%  ${key}`)
    }
  }
  print('self time', self)
  print('inclusive time', total)
} else {
  const { articles } = loadCorpus()
  for (let pass = 0; pass < Number(process.argv[2] ?? 2); pass++) attributeDocuments(articles)
}

import { readFileSync } from 'node:fs'
import { attributeText } from './src/index.ts'
const [file, at] = [process.argv[2], Number(process.argv[3])]
const text = readFileSync(file, 'utf8')
const r = attributeText(text)
for (const q of r.quotes) if (Math.abs(q.start - at) < 400) console.log(q.start, JSON.stringify(q.text.slice(0,50)), q.speaker?.name, q.speaker?.mention.text, q.rule, q.method)

import { readFileSync, readdirSync } from 'node:fs'
import { attributeText } from './src/index.ts'
const gold = JSON.parse(readFileSync('fixtures/seeds.gold.json','utf8'))
let found=0, total=0, sp=0
for (const doc of gold.documents) {
  const text = readFileSync('seeds/'+doc.file,'utf8')
  const r = attributeText(text, {id: doc.file})
  for (const g of doc.quotes) {
    total++
    const q = r.quotes.find(q=>q.start===g.start && q.end===g.end)
    if (!q) { console.log('MISS', doc.file, g.index, g.text.slice(0,50)); continue }
    found++
    const gname = g.speaker ? gold.entities[g.speaker].aliases.map(a=>a.toLowerCase()) : null
    const ok = gname === null ? q.speaker === null : q.speaker && gname.includes(q.speaker.name.toLowerCase().replace(/’/g,"'")) || (q.speaker && gname && gname.includes(q.speaker.name.toLowerCase()))
    if (ok) sp++; else console.log('SPK', doc.file, g.index, g.speaker, '->', q.speaker?.name, q.speaker?.mention.text, q.rule, '|', g.text.slice(0,40))
  }
  for (const q of r.quotes) if (!doc.quotes.find(g=>g.start===q.start&&g.end===q.end)) console.log('EXTRA', doc.file, q.text.slice(0,50))
  if (process.argv[2]) console.log(r.speakers)
}
console.log({found,total,sp})

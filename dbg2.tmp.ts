import { readParagraph } from './src/quotes/quoted-paragraph.ts'
const r = readParagraph(process.argv[2])
console.log(r.tokens.map(t => `${t.text}${t.quote>=0?'#'+t.quote:''}${t.cue?'!':''}`).join(' '))
console.log(r.frames)

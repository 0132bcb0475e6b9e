#!/usr/bin/env node
// Quick structural check of question-bank YAML files while they are being written:
// node packages/content/scripts/check-bank.mjs <file.yaml>...
// The authoritative validation is @certpace/core's parseQuestionBank.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

let problems = 0;
const seen = new Map();
const perDomain = {};
for (const file of process.argv.slice(2)) {
  let doc;
  try {
    doc = parse(readFileSync(file, 'utf8'));
  } catch (e) {
    console.log(`${file}: YAML does not parse: ${e.message}`);
    problems++;
    continue;
  }
  const say = (where, msg) => {
    problems++;
    console.log(`${file}: ${where}: ${msg}`);
  };
  if (!/^[A-Z]{2,}-\d{2,4}@\d{4}-\d{2}$/.test(doc?.exam ?? '')) say('exam', 'must be CODE@YYYY-MM');
  if (!Array.isArray(doc?.questions)) {
    say('questions', 'must be a list');
    continue;
  }
  doc.questions.forEach((q, i) => {
    const w = `question ${q?.id ?? `#${i + 1}`}`;
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(q.id ?? '')) say(w, 'id must be kebab-case');
    if (seen.has(q.id)) say(w, `duplicate id (also in ${seen.get(q.id)})`);
    seen.set(q.id, file);
    if (!q.domain) say(w, 'domain missing');
    perDomain[q.domain] = (perDomain[q.domain] ?? 0) + 1;
    if (!['single', 'multiple'].includes(q.type)) say(w, 'type must be single or multiple');
    if (typeof q.prompt !== 'string' || q.prompt.trim().length < 10) say(w, 'prompt missing');
    const ids = (q.choices ?? []).map((c) => c.id);
    if (ids.length < 2 || ids.length > 6) say(w, '2 to 6 choices');
    const letters = 'abcdef'.slice(0, ids.length).split('');
    if (ids.join() !== letters.join()) say(w, `choice ids must be ${letters.join(', ')} in order`);
    for (const c of q.choices ?? []) if (!c.text?.trim()) say(w, `choice ${c.id} has no text`);
    if (!Array.isArray(q.answer) || q.answer.length === 0)
      say(w, 'answer must be a non-empty list');
    for (const a of q.answer ?? []) if (!ids.includes(a)) say(w, `answer ${a} is not a choice`);
    if (q.type === 'single' && q.answer?.length !== 1) say(w, 'single needs exactly one answer');
    if (q.type === 'multiple' && !(q.answer?.length >= 2))
      say(w, 'multiple needs two or more answers');
    if (typeof q.explanation !== 'string' || q.explanation.trim().length < 40)
      say(w, 'explanation too short');
    if (!/^https:\/\/learn\.microsoft\.com\/en-us\//.test(q.docs ?? ''))
      say(w, 'docs must be https://learn.microsoft.com/en-us/...');
  });
}
console.log(JSON.stringify({ questions: seen.size, perDomain, problems }));
process.exit(problems ? 1 : 0);

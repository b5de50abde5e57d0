// Parses PowerShell files with the tree-sitter PowerShell grammar (WebAssembly) and prints every ERROR or MISSING
// node with its line and column. Exit code: 0 clean, 1 syntax errors, 2 usage or set-up problem.
'use strict';
const fs = require('fs');
const path = require('path');
const { Parser, Language } = require('web-tree-sitter');

async function main() {
  const files = process.argv.slice(2);
  if (files.length === 0) {
    console.error('usage: node lint.cjs FILE.ps1...');
    process.exit(2);
  }
  await Parser.init();
  const wasm = path.join(path.dirname(require.resolve('tree-sitter-powershell/package.json')), 'tree-sitter-powershell.wasm');
  const language = await Language.load(wasm);
  const parser = new Parser();
  parser.setLanguage(language);
  let problems = 0;
  for (const file of files) {
    const tree = parser.parse(fs.readFileSync(file, 'utf8'));
    const stack = [tree.rootNode];
    while (stack.length > 0) {
      const node = stack.pop();
      if (node.type === 'ERROR' || node.isMissing) {
        problems++;
        const p = node.startPosition;
        const what = node.isMissing ? `missing ${node.type}` : 'syntax error';
        console.log(`${file}:${p.row + 1}:${p.column + 1}: ${what}: ${node.text.slice(0, 60).replace(/\s+/g, ' ')}`);
        continue;  // children of an error node add nothing
      }
      if (node.hasError) for (let i = node.childCount - 1; i >= 0; i--) stack.push(node.child(i));
    }
    if (problems === 0) console.log(`${file}: parsed without syntax errors (${tree.rootNode.descendantCount} nodes)`);
  }
  process.exit(problems === 0 ? 0 : 1);
}

main().catch((e) => { console.error(String(e && e.stack || e)); process.exit(2); });

#!/usr/bin/env bash
# check-structure.sh: the structure rules anyone can check (issue "Structure", docs/ARCHITECTURE.md).
#   1. No include knots: checks/tls includes nothing from checks/rdp or checks/verdict; checks/core includes nothing
#      from the areas (only checks/core/).
#   2. No file in checks/ or wizard/ over 500 lines.
#   3. No function in checks/, wizard/ or app/ over 100 lines (signature to closing brace). Found by brace matching
#      on the source with comments, strings and the #else branches removed: a heuristic, not a compiler, but it
#      sees every function body of this code base (tests/scripts: scripts/check-structure.sh --self-test).
#   4. No QVERIFY/QCOMPARE/QTRY_* in tests/: inside a gtest test they fail silently (QTest logs and returns, gtest
#      sees a pass). tests/support/qt_wait.h has RDPD_TRY_VERIFY / RDPD_TRY_COMPARE instead.
# Exit 0 clean, 1 with every finding listed.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
exec python3 - "$@" <<'PY'
import os, re, sys

MAX_FILE_LINES = 500
MAX_FUNCTION_LINES = 100
problems = []

def sources(*dirs):
    for d in dirs:
        for base, _, files in os.walk(d):
            for f in sorted(files):
                if f.endswith(('.cpp', '.h')):
                    yield os.path.join(base, f)

# 1. Include knots.
knots = [('checks/tls', re.compile(r'#include "checks/(rdp|verdict)/'), 'checks/tls must not include rdp or verdict'),
         ('checks/core', re.compile(r'#include "checks/(?!core/)[a-z]+/'), 'checks/core must not include the areas')]
for folder, pattern, why in knots:
    for path in sources(folder):
        for n, line in enumerate(open(path, encoding='utf-8'), 1):
            if pattern.search(line):
                problems.append(f'{path}:{n}: {why}: {line.strip()}')

# 2. File length.
for path in sources('checks', 'wizard'):
    n = sum(1 for _ in open(path, encoding='utf-8'))
    if n > MAX_FILE_LINES:
        problems.append(f'{path}: {n} lines (at most {MAX_FILE_LINES} in checks/ and wizard/)')

# 4. Qt's test-verify macros in gtest tests (a failed wait would pass silently).
qt_verify = re.compile(r'\bQ(TRY_)?(VERIFY|COMPARE)\w*\s*\(')
for path in sources('tests'):
    if path.endswith('tests/support/qt_wait.h'):
        continue
    for n, line in enumerate(open(path, encoding='utf-8'), 1):
        if qt_verify.search(line.split('//')[0]):
            problems.append(f'{path}:{n}: Qt test macro in a gtest test passes silently on failure; use '
                            f'RDPD_TRY_VERIFY/RDPD_TRY_COMPARE (tests/support/qt_wait.h): {line.strip()}')

# 3. Function length.
def strip_code(text):
    """Blanks comments, string and character literals (keeping newlines) and drops #else/#elif branches, so that
    braces balance the way the compiler sees the first branch."""
    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith('//', i):
            j = text.find('\n', i)
            i = n if j < 0 else j
        elif text.startswith('/*', i):
            j = text.find('*/', i + 2)
            j = n if j < 0 else j + 2
            out.append(re.sub(r'[^\n]', ' ', text[i:j]))
            i = j
        elif c == 'R' and text.startswith('R"', i) and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] == '_')):
            m = re.match(r'R"([^(\s]*)\(', text[i:])
            end = text.find(')' + m.group(1) + '"', i) if m else -1
            j = n if end < 0 else end + len(m.group(1)) + 2
            out.append(re.sub(r'[^\n]', ' ', text[i:j]))
            i = j
        elif c in '"\'':
            if c == "'" and i > 0 and text[i - 1].isalnum() and text[i + 1:i + 2].isalnum():
                out.append(' ')  # digit separator: 1'000'000
                i += 1
                continue
            j = i + 1
            while j < n and text[j] != c and text[j] != '\n':
                j += 2 if text[j] == '\\' else 1
            out.append(' ' * (min(j, n - 1) + 1 - i))
            i = j + 1
        else:
            out.append(c)
            i += 1
    lines = ''.join(out).split('\n')
    kept, skipping = [], []  # skipping: per #if level, True while inside an #else/#elif branch
    for line in lines:
        s = line.strip()
        if s.startswith('#'):
            d = s[1:].strip()
            if d.startswith('if'):
                skipping.append(False)
            elif d.startswith(('else', 'elif')) and skipping:
                skipping[-1] = True
            elif d.startswith('endif') and skipping:
                skipping.pop()
            kept.append('')
            continue
        kept.append('' if any(skipping) else line)
    return '\n'.join(kept)

CONTROL = re.compile(r'\b(if|for|while|switch|catch|do|else|try)\b')

def long_functions(path):
    code = strip_code(open(path, encoding='utf-8').read())
    stack = []          # (kind, header line, function name)
    paren = 0
    header_start = 0    # offset where the text before the next brace began
    line_of = lambda pos: code.count('\n', 0, pos) + 1
    found = []
    for pos, c in enumerate(code):
        if c == '(':
            paren += 1
        elif c == ')':
            paren = max(0, paren - 1)
        elif c == ';' and paren == 0:
            header_start = pos + 1
        elif c == '{':
            header = code[header_start:pos]
            in_function = any(k == 'function' for k, _, _ in stack)
            h = header.strip()
            if paren > 0 or h.endswith(('=', ',', '(', '[', 'return')) or in_function:
                kind = 'inner'
            elif re.search(r'\b(namespace|extern)\b', h):
                kind = 'namespace'
            elif re.search(r'\b(class|struct|union|enum)\b', h) and not h.endswith(')') and ')' not in h.split(':')[0]:
                kind = 'type'
            elif ')' in h and not CONTROL.match(h):
                kind = 'function'
            else:
                kind = 'inner'
            if kind == 'function':
                first = header_start + (len(header) - len(header.lstrip()))
                name = re.findall(r'([~\w:]+|operator\S*)\s*\(', h)
                stack.append((kind, line_of(first), name[0] if name else '?'))
            else:
                stack.append((kind, line_of(pos), ''))
            if kind != 'inner':
                header_start = pos + 1
        elif c == '}':
            if not stack:
                continue
            kind, start, name = stack.pop()
            if kind == 'function':
                length = line_of(pos) - start + 1
                if length > MAX_FUNCTION_LINES:
                    found.append((start, name, length))
            if kind != 'inner':
                header_start = pos + 1
    return found

if '--self-test' in sys.argv:
    sample = 'namespace a {\nstruct S { int f() { return 1; } };\nS::S() : b({.x = 1}) {\n' + 'x();\n' * 101 + '}\n' \
             '#ifdef W\nvoid g() {\n#else\nvoid g() {\n#endif\n  if (x) { y(); }\n  const char *s = "}";\n}\n}\n'
    import tempfile
    with tempfile.NamedTemporaryFile('w', suffix='.cpp', delete=False) as f:
        f.write(sample)
    got = long_functions(f.name)
    os.unlink(f.name)
    ok = [(n, l) for _, n, l in got] == [('S::S', 103)]
    print('self-test', 'passed' if ok else f'FAILED: {got}')
    sys.exit(0 if ok else 1)

for path in sources('checks', 'wizard', 'app'):
    for start, name, length in long_functions(path):
        problems.append(f'{path}:{start}: {name}() is {length} lines (at most {MAX_FUNCTION_LINES})')

if problems:
    print('\n'.join(problems))
    print(f'structure: {len(problems)} problem(s) above (scripts/check-structure.sh)', file=sys.stderr)
    sys.exit(1)
print('structure: no include knots, no file over 500 lines in checks/ and wizard/, no function over 100 lines, no silent Qt test macros')
PY

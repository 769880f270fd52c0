#!/usr/bin/env python3
"""Regenerates the expected-output checks of the FileCheck conformance suite from LLVM FileCheck.

For each RUN line of a tests/lit/filecheck/*.txt file that pipes a command into
'FileCheck ... --check-prefix=P %s', this runs the command with LLVM's tools (split-file,
FileCheck, not) and rewrites the file's '// P:', '// P-NEXT:' and '// P-EMPTY:' lines to what
LLVM FileCheck printed: full-line patterns for '--strict-whitespace --match-full-lines', with
temporary paths as {{.*}}, '[[' and '{{' escaped, and trailing blanks as a regex. A file without
such lines yet gets them where a '// P-BLOCK' line stands.

Usage: regen-filecheck-suite.py [files...]   (default: every file of the suite)
"""
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile

LLVM_BIN = '/usr/lib/llvm-22/bin'
SUITE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tests', 'lit', 'filecheck')


def escape(text):
    out, i = [], 0
    while i < len(text):
        if text.startswith('[[', i):
            out.append('{{\\[\\[}}')
            i += 2
        elif text.startswith('{{', i):
            out.append('{{\\{\\{}}')
            i += 2
        else:
            out.append(text[i])
            i += 1
    return ''.join(out)


def check_lines(prefix, output, temp):
    lines = output.split('\n')
    if lines and lines[-1] == '':
        lines.pop()
    while lines and lines[0] == '':
        lines.pop(0)
    result = []
    for n, line in enumerate(lines):
        if line == '':
            result.append(f'// {prefix}-EMPTY:')
            continue
        body = '{{.*}}'.join(escape(part) for part in line.split(temp + '/'))
        trailing = re.search(r' +$', body)
        if trailing:
            body = body[:trailing.start()] + '{{' + trailing.group(0) + '}}'
        result.append(f'// {prefix if n == 0 else prefix + "-NEXT"}:{body}')
    return result


def regenerate(path):
    text = open(path, encoding='latin-1').read()
    temp_root = tempfile.mkdtemp()
    temp = os.path.join(temp_root, os.path.basename(path) + '.tmp')
    env = {**os.environ, 'PATH': LLVM_BIN + ':' + os.environ['PATH']}
    env.pop('FILECHECK_OPTS', None)
    try:
        for run in re.findall(r'^// RUN: (.*)$', text, re.M):
            command = run.replace('%s', path).replace('%t', temp)
            piped = re.search(r'\| *FileCheck .*--check-prefix=(\S+)', command)
            if not piped:
                subprocess.run(command, shell=True, check=True, env=env)
                continue
            prefix = piped.group(1)
            left = command[:command.index('|')]
            done = subprocess.run(left, shell=True, capture_output=True, text=True,
                                  encoding='latin-1', env=env)
            if done.returncode != 0:
                raise SystemExit(f'{path}: failed: {left}\n{done.stderr}')
            new = check_lines(prefix, done.stdout, temp)
            old = re.compile(rf'^// {re.escape(prefix)}(:|-NEXT:|-EMPTY:|-BLOCK$)')
            lines = text.split('\n')
            at = next((i for i, line in enumerate(lines) if old.match(line)), None)
            if at is None:
                raise SystemExit(f'{path}: no place for {prefix} checks')
            kept = [line for line in lines if not old.match(line)]
            text = '\n'.join(kept[:at] + new + kept[at:])
    finally:
        shutil.rmtree(temp_root)
    open(path, 'w', encoding='latin-1').write(text)


if __name__ == '__main__':
    for file in sys.argv[1:] or sorted(glob.glob(os.path.join(SUITE, '*.txt'))):
        regenerate(file)

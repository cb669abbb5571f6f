import ts from 'typescript';

/**
 * The type errors of one self-contained file (`.ts`, or `.js` checked
 * through its JSDoc) under strict settings, as `line: message` strings.
 */
export function typeErrors(fileName: string, text: string): string[] {
  const options: ts.CompilerOptions = { strict: true, noEmit: true, allowJs: true, checkJs: true, target: ts.ScriptTarget.ES2022, types: [], lib: ['lib.es2022.d.ts'] };
  const host = ts.createCompilerHost(options);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (name, version, ...rest) => (name === fileName ? ts.createSourceFile(name, text, version) : read(name, version, ...rest));
  const program = ts.createProgram([fileName], options, host);
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const line = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : 0;
    return `${line}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
  });
}

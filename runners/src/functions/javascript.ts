import { jsIdentifier, signatureFiles, tsType } from './harness-signature';
import { camelCase } from './naming';
import { recordsInOrder, type ParsedSignature } from './signature';
import type { FunctionTarget } from './target';

/**
 * JavaScript in typed function mode. The stub: each record as a JSDoc
 * `@typedef`, then a plain function declaration (found through the
 * language's appendSource, as an untyped entry is) with JSDoc types and an
 * empty body. The driver is the shared harness (fn_node.cjs), given the
 * parsed signature.
 */
export const javascriptTarget: FunctionTarget = {
  stub(entry, sig: ParsedSignature) {
    const typedefs = recordsInOrder(sig).map((r) => `/**\n * @typedef {object} ${r.name}\n${r.fields.map((f) => ` * @property {${tsType(f.type)}} ${f.name}\n`).join('')} */\n`);
    const params = sig.params.map((p) => ({ name: jsIdentifier(camelCase(p.name)), type: tsType(p.type) }));
    const doc = `/**\n${params.map((p) => ` * @param {${p.type}} ${p.name}\n`).join('')} * @returns {${tsType(sig.returns)}}\n */\n`;
    const fn = `${doc}function ${entry}(${params.map((p) => p.name).join(', ')}) {}\n`;
    return [...typedefs, fn].join('\n');
  },
  driverFiles: (_entry, sig) => signatureFiles(sig),
};

import type { ParsedSignature, Signature } from './signature';

/**
 * What one language needs to run a typed function-mode job: the starter a
 * candidate sees, and the files written beside the candidate's source. A
 * language's stub and driver live together because they must agree on
 * every name and type.
 */
export interface FunctionTarget {
  /**
   * The starter: records declared, the entry with its parameters and return
   * type, and an empty body where the language allows one (else a
   * placeholder return). `entry` is the name as this language calls it.
   */
  stub(entry: string, sig: ParsedSignature): string;
  /**
   * Files the runner writes beside the candidate's source, by file name:
   * the generated driver (Java, C++, Go) or the signature the shared harness
   * reads (Python, JavaScript, TypeScript). The driver decodes the case's
   * JSON arguments from stdin, calls the entry, checks the result against
   * the return type and writes its JSON text to the fd in ASSAY_VALUE_FD.
   */
  driverFiles(entry: string, sig: ParsedSignature, signature: Signature): Record<string, string>;
}

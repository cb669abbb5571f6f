/**
 * The server's request schemas measure code with Buffer.byteLength inside a
 * refinement. The web app imports those files for their response schemas
 * and never parses request bodies with them, so only the type is needed.
 */
declare const Buffer: { byteLength(value: string, encoding?: string): number };

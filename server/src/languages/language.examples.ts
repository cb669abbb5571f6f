import type { z } from 'zod';
import type { LanguageListSchema } from './language.schema';

/**
 * Example body of the languages route.
 * route-examples.test.ts checks each against its schema.
 */

/** GET /api/v1/languages */
export const languageList: z.output<typeof LanguageListSchema> = [
  {
    id: 'python',
    name: 'Python 3',
    sourceFile: 'main.py',
    extension: 'py',
    compiled: false,
    functionMode: true,
  },
  {
    id: 'javascript',
    name: 'JavaScript (Node.js 22)',
    sourceFile: 'main.js',
    extension: 'js',
    compiled: false,
    functionMode: true,
  },
  {
    id: 'typescript',
    name: 'TypeScript (Node.js 22, types stripped)',
    sourceFile: 'main.ts',
    extension: 'ts',
    compiled: true,
    functionMode: true,
  },
  {
    id: 'java',
    name: 'Java 17',
    sourceFile: 'Main.java',
    extension: 'java',
    compiled: true,
    functionMode: true,
  },
  {
    id: 'cpp',
    name: 'C++20 (g++)',
    sourceFile: 'main.cpp',
    extension: 'cpp',
    compiled: true,
    functionMode: true,
  },
  {
    id: 'go',
    name: 'Go',
    sourceFile: 'main.go',
    extension: 'go',
    compiled: true,
    functionMode: true,
  },
];

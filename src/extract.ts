import type { ExtractOptions, Quote } from './types.js';

export function extractQuotes(text: string, options: ExtractOptions = {}): Quote[] {
  void text;
  void options;
  return [];
}

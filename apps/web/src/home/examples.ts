/** Example boards the server can create (`POST /api/boards { example }`). */
export const EXAMPLE_CHOICES: readonly { id: string; name: string }[] = [
  { id: 'food-delivery', name: 'Food delivery' },
  { id: 'insurance-claims', name: 'Insurance claims' },
  { id: 'library-lending', name: 'Library lending' },
];

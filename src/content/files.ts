/** The content files the app loads, relative to the renderer's `content/` folder. */
export const contentFiles = { deck: 'deck.json', figures: 'figures.json', glossary: 'glossary.json' } as const

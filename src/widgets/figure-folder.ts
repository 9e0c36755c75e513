/** The folder of the figure named `name` under src/widgets: its name in PascalCase. */
export function figureFolder(name: string): string {
  return name.replace(/(^|-)([a-z])/g, (_match, _dash: string, letter: string) => letter.toUpperCase());
}

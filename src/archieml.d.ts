declare module 'archieml' {
  /** archieml is CommonJS: its functions hang off the default export. */
  const archieml: {
    /** Parses ArchieML text into plain objects and arrays of strings/objects. */
    load(text: string): Record<string, unknown>;
  };
  export default archieml;
}

/** Where a benchmark says what it is doing: stderr, so stdout holds only figures. */
export type Progress = (message: string) => void;

export function stderrProgress(benchmark: string, out: NodeJS.WritableStream = process.stderr) {
  const started = performance.now();
  return (message: string) => {
    const seconds = ((performance.now() - started) / 1000).toFixed(1).padStart(6);
    out.write(`[bench ${benchmark} ${seconds}s] ${message}\n`);
  };
}

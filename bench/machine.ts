/**
 * What the figures were measured on. The machine is shared and noisy, so a figure means little
 * without the CPU, the cores and the Node version beside it.
 */
import { cpus, loadavg, totalmem } from 'node:os';

export function machineDescription(): string[] {
  const cores = cpus();
  const model = cores[0]?.model.trim() || 'unknown CPU';
  const memory = (totalmem() / 2 ** 30).toFixed(1);
  return [
    `CPU:    ${model}`,
    `Cores:  ${cores.length} logical`,
    `Memory: ${memory} GiB`,
    `Node:   ${process.version} (${process.platform} ${process.arch})`,
    // Other work on a shared machine shows here; figures taken under load are slower.
    `Load:   ${loadavg()
      .map((load) => load.toFixed(2))
      .join(' ')} (1, 5, 15 min averages) at the start`,
  ];
}

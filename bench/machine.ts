import fs from 'node:fs';
import os from 'node:os';

/** Share of the machine's CPU time spent by other processes over one second, before anything starts. */
async function machineBusy(): Promise<number> {
  const sample = () => {
    const [, ...times] = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
    const idle = times[3] + (times[4] ?? 0);
    return { idle, total: times.reduce((a, b) => a + b, 0) };
  };
  const before = sample();
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const after = sample();
  return 1 - (after.idle - before.idle) / Math.max(1, after.total - before.total);
}

export interface MachineDescription {
  cpus: number;
  cpuModel: string;
  memoryGb: number;
  node: string;
  postgres: string;
  busyBeforeRun: number;
}

/** The machine a run measures on, how busy it was just before (a warning when busy), for the reports. */
export async function describeMachine(postgres: string): Promise<MachineDescription> {
  const busy = await machineBusy();
  if (busy > 0.15)
    console.warn(
      `The machine is ${Math.round(busy * 100)} % busy before the run: figures will be lower than on an idle machine.`,
    );
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model.trim() ?? '?',
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    postgres,
    busyBeforeRun: Number(busy.toFixed(2)),
  };
}

import { useEffect, useState } from 'react';
import { useServices } from '../services-context.js';

/** The time, updated on each new minute (for the top bar clock and relative ages). */
export function useMinuteClock(): Date {
  const services = useServices();
  const [now, setNow] = useState(() => services.now());
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const schedule = () => {
      const t = services.now();
      timer = setTimeout(() => {
        setNow(services.now());
        schedule();
      }, 60_000 - (t.getTime() % 60_000) + 50);
    };
    schedule();
    return () => clearTimeout(timer);
  }, [services]);
  return now;
}

/** Where a phone keeps its seat (per tab): a reload or a dropped network rejoins as the same participant. */
const SEAT_KEY = 'changetalk.roomSeat';
export interface Seat {
  code: string;
  name: string;
  rejoin: string;
}

export function savedSeat(): Seat | null {
  try {
    const seat = JSON.parse(sessionStorage.getItem(SEAT_KEY) ?? 'null') as Seat | null;
    return seat && typeof seat.rejoin === 'string' && typeof seat.code === 'string' ? seat : null;
  } catch {
    return null;
  }
}

export function keepSeat(seat: Seat | null): void {
  try {
    if (seat) sessionStorage.setItem(SEAT_KEY, JSON.stringify(seat));
    else sessionStorage.removeItem(SEAT_KEY);
  } catch {
    // Private mode without storage: rejoining after a reload is lost, joining still works.
  }
}

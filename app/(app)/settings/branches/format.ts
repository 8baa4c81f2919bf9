/** A point as online maps write it, "latitude, longitude", to five decimals (about a metre). */
export function formatPoint(latitude: number, longitude: number): string {
  return `${round(latitude)}, ${round(longitude)}`;
}

function round(value: number): string {
  return String(Math.round(value * 100_000) / 100_000);
}

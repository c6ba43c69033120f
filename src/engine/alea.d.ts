// seedrandom ships no types for its single-algorithm modules; Alea is all the engine needs.
declare module 'seedrandom/lib/alea.js' {
  interface AleaPrng {
    (): number;
    int32(): number;
    double(): number;
  }
  export default function alea(seed: string): AleaPrng;
}

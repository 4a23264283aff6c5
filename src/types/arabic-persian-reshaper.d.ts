/** The package ships no types: the one function tidings uses. */
declare module 'arabic-persian-reshaper' {
  export const ArabicShaper: { convertArabic(text: string): string };
}

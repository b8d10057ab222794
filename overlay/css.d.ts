// `import text from './file.css?inline'`: the stylesheet as a string (Vite; the build minifies it).
declare module '*.css?inline' {
  const css: string;
  export default css;
}

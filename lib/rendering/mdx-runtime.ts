import * as React from "react";
import * as ReactDOM from "react-dom";
import * as jsxRuntime from "react/jsx-runtime";

export type MdxComponent = React.ComponentType<{ components: Record<string, React.ComponentType<never>> }>;

// Evaluated components, by compiled code: each document becomes a component once per process.
const evaluated = new Map<string, MdxComponent>();

/**
 * Same contract as mdx-bundler/client's getMDXComponent, but with the React that Next bundles:
 * mdx-bundler's own client would load a second copy from node_modules.
 */
export function getMdxComponent(code: string): MdxComponent {
  let component = evaluated.get(code);
  if (!component) {
    const scope = { React, ReactDOM, _jsx_runtime: jsxRuntime };
    const factory = new Function(...Object.keys(scope), code) as (...args: unknown[]) => { default: MdxComponent };
    component = factory(...Object.values(scope)).default;
    evaluated.set(code, component);
  }
  return component;
}

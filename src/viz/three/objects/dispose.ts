/**
 * Releasing three.js objects. GPU buffers, programs and textures are not garbage-collected:
 * every geometry, material and texture must be disposed when the figure goes away
 * (https://threejs.org/manual/#en/how-to-dispose-of-objects).
 */
import type { BufferGeometry, Material, Object3D, Texture } from 'three';

function isTexture(v: unknown): v is Texture {
  return typeof v === 'object' && v !== null && (v as { isTexture?: boolean }).isTexture === true;
}

/** Disposes a material and every texture it holds (map, normalMap, uniforms …). */
export function disposeMaterial(material: Material): void {
  for (const value of Object.values(material)) if (isTexture(value)) value.dispose();
  const uniforms = (material as { uniforms?: Record<string, { value?: unknown }> }).uniforms;
  if (uniforms) for (const u of Object.values(uniforms)) if (isTexture(u.value)) u.value.dispose();
  material.dispose();
}

/**
 * Disposes the geometries and materials of `root` and all its descendants (each once, even
 * when shared) and detaches the children. Returns how many geometries and materials it freed.
 */
export function disposeTree(root: Object3D): { geometries: number; materials: number } {
  const geometries = new Set<BufferGeometry>();
  const materials = new Set<Material>();
  root.traverse((node) => {
    const { geometry, material } = node as Object3D & { geometry?: BufferGeometry; material?: Material | Material[] };
    if (geometry) geometries.add(geometry);
    if (Array.isArray(material)) material.forEach((m) => materials.add(m));
    else if (material) materials.add(material);
  });
  geometries.forEach((g) => g.dispose());
  materials.forEach(disposeMaterial);
  root.clear();
  return { geometries: geometries.size, materials: materials.size };
}

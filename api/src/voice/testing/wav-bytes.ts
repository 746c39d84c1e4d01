/** A PCM WAV file in memory (silence or a tone), for tests that need exact, tool-free audio. */
export function wavBytes(options: {
  seconds: number;
  sampleRate?: number;
  channels?: number;
  bitsPerSample?: 8 | 16;
  tone?: boolean;
}): Uint8Array {
  const sampleRate = options.sampleRate ?? 16_000;
  const channels = options.channels ?? 1;
  const bits = options.bitsPerSample ?? 16;
  const frames = Math.round(options.seconds * sampleRate);
  const dataLength = frames * channels * (bits / 8);
  const buffer = Buffer.alloc(44 + dataLength);
  buffer.write("RIFF", 0, "ascii");
  buffer.writeUInt32LE(36 + dataLength, 4);
  buffer.write("WAVE", 8, "ascii");
  buffer.write("fmt ", 12, "ascii");
  buffer.writeUInt32LE(16, 16);
  buffer.writeUInt16LE(1, 20);
  buffer.writeUInt16LE(channels, 22);
  buffer.writeUInt32LE(sampleRate, 24);
  buffer.writeUInt32LE(sampleRate * channels * (bits / 8), 28);
  buffer.writeUInt16LE(channels * (bits / 8), 32);
  buffer.writeUInt16LE(bits, 34);
  buffer.write("data", 36, "ascii");
  buffer.writeUInt32LE(dataLength, 40);
  if (bits === 8) buffer.fill(128, 44);
  if (options.tone && bits === 16) {
    for (let i = 0; i < frames * channels; i++)
      buffer.writeInt16LE(Math.round(8000 * Math.sin((i * 2 * Math.PI * 440) / sampleRate)), 44 + i * 2);
  }
  return new Uint8Array(buffer);
}

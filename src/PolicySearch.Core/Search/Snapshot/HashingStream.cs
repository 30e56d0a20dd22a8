using System.Security.Cryptography;

namespace PolicySearch.Core.Search.Snapshot;

/// <summary>
/// Passes bytes through to <paramref name="inner"/> while hashing them (SHA-256), so a snapshot is checksummed in one pass.
/// Reading is buffered here, and bytes are hashed a buffer at a time once handed out: the snapshot reader asks for
/// a few bytes at a time (an int, a term), and hashing each such read cost more than reading the whole file.
/// Only bytes handed out are hashed, so <see cref="CurrentHash"/> covers exactly what the caller has read.
/// </summary>
internal sealed class HashingStream(Stream inner) : Stream
{
    private const int ReadBufferSize = 1 << 20;

    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    // Read side: _buffer[_hashed.._position] handed out but not hashed yet, _buffer[_position.._end] not handed out.
    private byte[]? _buffer;
    private int _hashed;
    private int _position;
    private int _end;

    // Read side: the stream's length when it can tell (fixed: a snapshot is read once, front to back) and the
    // bytes handed out so far.
    private readonly long? _length = inner.CanSeek ? inner.Length - inner.Position : null;
    private long _handedOut;

    public override bool CanRead => inner.CanRead;
    public override bool CanSeek => false;
    public override bool CanWrite => inner.CanWrite;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    /// <summary>Bytes left in the underlying stream, when it can tell; used to reject absurd lengths before allocating.</summary>
    /// <remarks>
    /// Asked several times per term, so it is counted here: <c>FileStream.Length</c> is a system call each time,
    /// and asking it per term cost most of a snapshot read (0.5 s at 100k paragraphs).
    /// </remarks>
    public long? Remaining => _length - _handedOut;

    /// <summary>The hash of everything read or written so far.</summary>
    public byte[] CurrentHash()
    {
        HashHandedOut();
        return _hash.GetCurrentHash();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_position == _end)
        {
            HashHandedOut();
            if (buffer.Length >= ReadBufferSize)
            {
                // A large array (a posting list): straight into the caller's memory, hashed at once.
                var direct = inner.Read(buffer);
                _hash.AppendData(buffer[..direct]);
                _handedOut += direct;
                return direct;
            }

            _buffer ??= new byte[ReadBufferSize];
            (_hashed, _position, _end) = (0, 0, inner.Read(_buffer));
        }

        var read = Math.Min(buffer.Length, _end - _position);
        _buffer.AsSpan(_position, read).CopyTo(buffer);
        _position += read;
        _handedOut += read;
        return read;
    }

    private void HashHandedOut()
    {
        if (_position > _hashed)
        {
            _hash.AppendData(_buffer.AsSpan(_hashed, _position - _hashed));
            _hashed = _position;
        }
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _hash.AppendData(buffer);
        inner.Write(buffer);
    }

    public override void Flush() => inner.Flush();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _hash.Dispose();
        }

        base.Dispose(disposing);
    }
}

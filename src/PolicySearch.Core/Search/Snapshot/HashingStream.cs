using System.Buffers;
using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace PolicySearch.Core.Search.Snapshot;

/// <summary>
/// Passes bytes through to <paramref name="inner"/> while hashing them (SHA-256), so a snapshot is checksummed in one pass.
/// Reading is buffered here, and bytes are hashed a buffer at a time once handed out: the snapshot reader asks for
/// a few bytes at a time (an int, a term), and hashing each such read cost more than reading the whole file.
/// On the read side the hashing runs on another thread, a buffer behind the reader: a restart at 1M paragraphs
/// spent ~0.16 s of its 1.2 s in SHA-256 (262 MiB), which a second core now does while the first one parses.
/// Only bytes handed out are hashed, so <see cref="CurrentHash"/> covers exactly what the caller has read.
/// </summary>
internal sealed class HashingStream(Stream inner) : Stream
{
    private const int ReadBufferSize = 1 << 20;

    // At most this many buffers wait for the hashing thread, so a slow hash cannot make a read hold the whole file.
    private const int QueuedBuffersLimit = 8;

    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    // Read side: _buffer[_hashed.._position] handed out but not hashed yet, _buffer[_position.._end] not handed out.
    // A buffer fully handed out goes to the hashing thread, which returns it to the pool.
    private byte[]? _buffer;
    private int _hashed;
    private int _position;
    private int _end;
    private BlockingCollection<(byte[] Array, int Count)>? _toHash;
    private Task? _hashing;
    private bool _hashTaken;

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

    /// <summary>The hash of everything written so far, or of everything read so far (on the read side, ask once, at the end).</summary>
    public byte[] CurrentHash()
    {
        if (_toHash is not null)
        {
            // The hashing thread owns whole buffers only: the current one's handed-out part is hashed here, after it.
            _toHash.CompleteAdding();
            _hashing!.GetAwaiter().GetResult();
        }

        // Bytes read after this (the stored checksum itself) are passed through unhashed; writes still hash.
        _hashTaken = true;

        if (_position > _hashed)
        {
            _hash.AppendData(_buffer.AsSpan(_hashed, _position - _hashed));
            _hashed = _position;
        }

        return _hash.GetCurrentHash();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_position == _end)
        {
            HandOverBuffer();
            if (buffer.Length >= ReadBufferSize)
            {
                // A large array (a posting list): straight into the caller's memory, and a copy for the hashing thread.
                var direct = inner.Read(buffer);
                for (var copied = 0; !_hashTaken && copied < direct; copied += ReadBufferSize)
                {
                    var piece = buffer.Slice(copied, Math.Min(ReadBufferSize, direct - copied));
                    var copy = ArrayPool<byte>.Shared.Rent(ReadBufferSize);
                    piece.CopyTo(copy);
                    Enqueue(copy, piece.Length);
                }

                _handedOut += direct;
                return direct;
            }

            _buffer = ArrayPool<byte>.Shared.Rent(ReadBufferSize);
            (_hashed, _position, _end) = (0, 0, inner.Read(_buffer.AsSpan(0, ReadBufferSize)));
        }

        var read = Math.Min(buffer.Length, _end - _position);
        _buffer.AsSpan(_position, read).CopyTo(buffer);
        _position += read;
        _handedOut += read;
        return read;
    }

    /// <summary>The current buffer is fully handed out: its unhashed part goes to the hashing thread, and the buffer with it.</summary>
    private void HandOverBuffer()
    {
        if (_buffer is null)
        {
            return;
        }

        if (_hashTaken)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
        }
        else
        {
            Enqueue(_buffer, _end);
        }

        _buffer = null;
        (_hashed, _position, _end) = (0, 0, 0);
    }

    private void Enqueue(byte[] array, int count)
    {
        if (_toHash is null)
        {
            _toHash = new BlockingCollection<(byte[], int)>(QueuedBuffersLimit);
            var queue = _toHash;
            _hashing = Task.Factory.StartNew(() =>
            {
                foreach (var (pending, length) in queue.GetConsumingEnumerable())
                {
                    _hash.AppendData(pending.AsSpan(0, length));
                    ArrayPool<byte>.Shared.Return(pending);
                }
            }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }

        _toHash.Add((array, count));
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
            // A read abandoned half-way (a corrupt snapshot): let the hashing thread finish before its hash goes.
            _toHash?.CompleteAdding();
            _hashing?.Wait();
            _toHash?.Dispose();
            if (_buffer is not null)
            {
                ArrayPool<byte>.Shared.Return(_buffer);
                _buffer = null;
            }

            _hash.Dispose();
        }

        base.Dispose(disposing);
    }
}

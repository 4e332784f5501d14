using System.Text;
using Scriban.Runtime;

namespace SiteGen.Rendering;

/// <summary>
/// Template output straight into a growable UTF-8 buffer: a page goes from the templates to its
/// bytes without a string or a copy in between, and HTML rendered once (a paper's list item)
/// is appended as bytes.
/// </summary>
internal sealed class Utf8Output : IScriptOutput
{
    private byte[] _buffer;
    private int _length;

    public Utf8Output(int capacity) => _buffer = new byte[capacity];

    public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, _length);

    public void Write(string text, int offset, int count)
    {
        Reserve(Encoding.UTF8.GetMaxByteCount(count));
        _length += Encoding.UTF8.GetBytes(text.AsSpan(offset, count), _buffer.AsSpan(_length));
    }

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    public void Write(ReadOnlySpan<byte> utf8)
    {
        Reserve(utf8.Length);
        utf8.CopyTo(_buffer.AsSpan(_length));
        _length += utf8.Length;
    }

    public void Clear() => _length = 0;

    public byte[] ToArray() => Written.ToArray();

    private void Reserve(int bytes)
    {
        if (_length + bytes <= _buffer.Length) return;
        Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + bytes));
    }
}

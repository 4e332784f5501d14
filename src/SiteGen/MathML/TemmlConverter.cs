using System.Collections.Concurrent;
using System.Text;
using Jint;
using Jint.Native;
using Jint.Runtime;

namespace SiteGen.MathML;

/// <summary>
/// TeX math → MathML with temml (npm, vendored by Temml/vendor.sh) run in Jint, a JavaScript
/// interpreter written in .NET, so a build needs no Node and works offline. temml's MathML needs no
/// stylesheet and no script in the page. Each formula is converted once per process (the cache
/// survives the rebuilds of <c>sitegen serve</c>).
///
/// Formulas are untrusted, so the interpreter is bounded: a formula longer than
/// <see cref="MaxLength"/> or nesting braces deeper than <see cref="MaxDepth"/> is not tried; each
/// conversion has a time, memory and recursion limit, temml's own macro-expansion limit stops
/// <c>\def\x{\x}\x</c>, and sizes (<c>\rule</c>, <c>\kern</c>) are capped. temml refuses
/// <c>\href</c>, <c>\url</c> and the HTML extensions without <c>trust</c> (not given), and whatever it
/// writes goes through <see cref="MathMLSanitizer"/>. A formula that fails stays TeX source
/// (<see cref="Formula.Problem"/> says why). After <see cref="MaxLimitHits"/> formulas hit a limit, no
/// more are tried in this process: a file of pathological formulas cannot keep a build busy for long.
/// </summary>
public sealed partial class TemmlConverter
{
    public const int MaxLength = 2_000;
    public const int MaxDepth = 40;
    public const int MaxLimitHits = 16;
    private const int MaxCached = 200_000;

    /// <summary>The process's converter: engines and cache are shared by every build in it.</summary>
    public static TemmlConverter Shared { get; } = new(TimeSpan.FromSeconds(2));

    private static readonly Lazy<Prepared<Acornima.Ast.Script>> Temml = new(() =>
        Engine.PrepareScript(Resource("temml.min.js") + "\n;var sitegenConvert = function (tex, display) { return temml.renderToString(tex, "
            + "{ displayMode: display, throwOnError: true, trust: false, strict: false, maxSize: [5, 50], maxExpand: 300 }); };", "temml.min.js"));

    private readonly TimeSpan _timeout;
    private readonly ConcurrentBag<Engine> _engines = [];
    private readonly ConcurrentDictionary<(string Tex, bool Display), Formula> _cache = new();
    private int _limitHits;

    internal TemmlConverter(TimeSpan timeout) => _timeout = timeout;

    private Task _warming = Task.CompletedTask;

    /// <summary>
    /// Starts readying an interpreter (about a second of loading temml) in the background, unless one is
    /// ready, so the first formula waits less; the first conversion waits for it rather than load a second.
    /// </summary>
    public void WarmInBackground()
    {
        if (_engines.IsEmpty && _warming.IsCompleted) _warming = Task.Run(() => _engines.Add(NewEngine()));
    }

    public Formula Convert(string tex, bool display)
    {
        if (_cache.TryGetValue((tex, display), out var known)) return known;
        var formula = ConvertOnce(tex, display);
        if (_cache.Count < MaxCached) _cache.TryAdd((tex, display), formula);
        return formula;
    }

    private Formula ConvertOnce(string tex, bool display)
    {
        if (tex.Length > MaxLength) return Formula.Unconverted(tex, display, $"longer than {MaxLength:N0} characters");
        if (BraceDepth(tex) > MaxDepth) return Formula.Unconverted(tex, display, $"nests braces more than {MaxDepth} deep");
        if (Volatile.Read(ref _limitHits) >= MaxLimitHits)
            return Formula.Unconverted(tex, display, $"not tried: {MaxLimitHits} formulas before it hit the converter's limits");

        if (_engines.IsEmpty) _warming.Wait();
        var engine = _engines.TryTake(out var pooled) ? pooled : NewEngine();
        string markup;
        try
        {
            markup = OnLargeStack(() => engine.Invoke("sitegenConvert", tex, display).AsString());
        }
        catch (JavaScriptException e)
        {
            // temml's own ParseError: the engine is fine.
            _engines.Add(engine);
            return Formula.Unconverted(tex, display, OneLine(e.Message));
        }
        catch (Exception e) when (e is TimeoutException or MemoryLimitExceededException or RecursionDepthOverflowException
                                       or StatementsCountOverflowException or JintException or InvalidOperationException)
        {
            // Stopped mid-run: the engine is dropped rather than trusted again.
            Interlocked.Increment(ref _limitHits);
            return Formula.Unconverted(tex, display, e is TimeoutException ? $"took longer than {_timeout.TotalSeconds:0.#} s to convert" : "too complex to convert");
        }
        _engines.Add(engine);
        return MathMLSanitizer.Sanitize(markup, display) is { } safe
            ? new Formula(tex, display, safe.MathML, safe.Plain, null)
            : Formula.Unconverted(tex, display, "the converter's output is not well-formed MathML");
    }

    private Engine NewEngine()
    {
        // Loading temml is trusted and takes longer than any formula may: the clock starts after it.
        var clock = new Deadline();
        var engine = new Engine(options => options
            .Constraint(clock)
            .LimitMemory(64 * 1024 * 1024)
            .LimitRecursion(400)
            .Strict());
        engine.Execute(Temml.Value);
        clock.Limit = _timeout;
        return engine;
    }

    /// <summary>Jint's time limit, settable after the engine is made; restarted by every call into the engine.</summary>
    private sealed class Deadline : Constraint
    {
        private long _start;

        public TimeSpan Limit { get; set; } = Timeout.InfiniteTimeSpan;

        public override void Check()
        {
            if (Limit != Timeout.InfiniteTimeSpan && System.Diagnostics.Stopwatch.GetElapsedTime(_start) > Limit) throw new TimeoutException();
        }

        public override void Reset() => _start = System.Diagnostics.Stopwatch.GetTimestamp();
    }

    /// <summary>
    /// Jint recurses on the .NET stack, a dozen frames per JavaScript call: within its recursion limit
    /// a formula such as 300 nested <c>\left(</c> overflows a thread-pool thread's stack, which would end
    /// the process. Each conversion therefore runs on a thread of its own with room to spare.
    /// </summary>
    private static T OnLargeStack<T>(Func<T> work)
    {
        T? result = default;
        System.Runtime.ExceptionServices.ExceptionDispatchInfo? failure = null;
        var thread = new Thread(() =>
        {
            try { result = work(); }
            catch (Exception e) { failure = System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e); }
        }, StackBytes) { IsBackground = true, Name = "temml" };
        thread.Start();
        thread.Join();
        failure?.Throw();
        return result!;
    }

    private const int StackBytes = 64 * 1024 * 1024;

    /// <summary>The deepest run of unclosed "{" (escaped braces do not count).</summary>
    internal static int BraceDepth(string tex)
    {
        int depth = 0, deepest = 0;
        for (var i = 0; i < tex.Length; i++)
        {
            if (tex[i] == '\\') i++;
            else if (tex[i] == '{') deepest = Math.Max(deepest, ++depth);
            else if (tex[i] == '}') depth = Math.Max(0, depth - 1);
        }
        return deepest;
    }

    /// <summary>
    /// temml's messages underline the formula on a second line; the first says what is wrong, and ends with
    /// where ("at position 10:"), which the formula quoted beside it makes plain.
    /// </summary>
    private static string OneLine(string message)
    {
        var line = Position().Replace(message.Trim().Split('\n')[0].Trim(), "");
        return line.Length > 160 ? line[..160] + "…" : line;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\s*at position \d+:?$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex Position();

    private static string Resource(string name)
    {
        using var stream = typeof(TemmlConverter).Assembly.GetManifestResourceStream("mathml/" + name)
            ?? throw new InvalidOperationException("missing embedded resource mathml/" + name);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}

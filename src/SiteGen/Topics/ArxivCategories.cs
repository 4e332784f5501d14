namespace SiteGen.Topics;

/// <summary>
/// arXiv category codes and their names (https://arxiv.org/category_taxonomy). Listings
/// write either the full code ("cs.LG") or only the part after the archive ("LG",
/// "COMP-PH"); a bare code is resolved by archive preference, with the few clashes
/// settled explicitly in <see cref="BareCodeChoices"/>.
/// </summary>
public static class ArxivCategories
{
    /// <summary>Full code → name. Codes arXiv treats as aliases (cs.NA = math.NA) share a name, hence a topic.</summary>
    public static IReadOnlyDictionary<string, string> Names { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["cs.AI"] = "Artificial Intelligence",
        ["cs.AR"] = "Hardware Architecture",
        ["cs.CC"] = "Computational Complexity",
        ["cs.CE"] = "Computational Engineering, Finance, and Science",
        ["cs.CG"] = "Computational Geometry",
        ["cs.CL"] = "Computation and Language",
        ["cs.CR"] = "Cryptography and Security",
        ["cs.CV"] = "Computer Vision and Pattern Recognition",
        ["cs.CY"] = "Computers and Society",
        ["cs.DB"] = "Databases",
        ["cs.DC"] = "Distributed, Parallel, and Cluster Computing",
        ["cs.DL"] = "Digital Libraries",
        ["cs.DM"] = "Discrete Mathematics",
        ["cs.DS"] = "Data Structures and Algorithms",
        ["cs.ET"] = "Emerging Technologies",
        ["cs.FL"] = "Formal Languages and Automata Theory",
        ["cs.GL"] = "General Literature",
        ["cs.GR"] = "Graphics",
        ["cs.GT"] = "Computer Science and Game Theory",
        ["cs.HC"] = "Human-Computer Interaction",
        ["cs.IR"] = "Information Retrieval",
        ["cs.IT"] = "Information Theory",
        ["cs.LG"] = "Machine Learning",
        ["cs.LO"] = "Logic in Computer Science",
        ["cs.MA"] = "Multiagent Systems",
        ["cs.MM"] = "Multimedia",
        ["cs.MS"] = "Mathematical Software",
        ["cs.NA"] = "Numerical Analysis",
        ["cs.NE"] = "Neural and Evolutionary Computing",
        ["cs.NI"] = "Networking and Internet Architecture",
        ["cs.OH"] = "Other Computer Science",
        ["cs.OS"] = "Operating Systems",
        ["cs.PF"] = "Performance",
        ["cs.PL"] = "Programming Languages",
        ["cs.RO"] = "Robotics",
        ["cs.SC"] = "Symbolic Computation",
        ["cs.SD"] = "Sound",
        ["cs.SE"] = "Software Engineering",
        ["cs.SI"] = "Social and Information Networks",
        ["cs.SY"] = "Systems and Control",

        ["stat.AP"] = "Applications (Statistics)",
        ["stat.CO"] = "Computation (Statistics)",
        ["stat.ME"] = "Methodology (Statistics)",
        // Named apart from cs.LG so the two get different topic pages.
        ["stat.ML"] = "Machine Learning (Statistics)",
        ["stat.OT"] = "Other Statistics",
        ["stat.TH"] = "Statistics Theory",

        ["eess.AS"] = "Audio and Speech Processing",
        ["eess.IV"] = "Image and Video Processing",
        ["eess.SP"] = "Signal Processing",
        ["eess.SY"] = "Systems and Control",

        ["q-bio.BM"] = "Biomolecules",
        ["q-bio.CB"] = "Cell Behavior",
        ["q-bio.GN"] = "Genomics",
        ["q-bio.MN"] = "Molecular Networks",
        ["q-bio.NC"] = "Neurons and Cognition",
        ["q-bio.OT"] = "Other Quantitative Biology",
        ["q-bio.PE"] = "Populations and Evolution",
        ["q-bio.QM"] = "Quantitative Methods",
        ["q-bio.SC"] = "Subcellular Processes",
        ["q-bio.TO"] = "Tissues and Organs",

        ["math.AC"] = "Commutative Algebra",
        ["math.AG"] = "Algebraic Geometry",
        ["math.AP"] = "Analysis of PDEs",
        ["math.AT"] = "Algebraic Topology",
        ["math.CA"] = "Classical Analysis and ODEs",
        ["math.CO"] = "Combinatorics",
        ["math.CT"] = "Category Theory",
        ["math.CV"] = "Complex Variables",
        ["math.DG"] = "Differential Geometry",
        ["math.DS"] = "Dynamical Systems",
        ["math.FA"] = "Functional Analysis",
        ["math.GM"] = "General Mathematics",
        ["math.GN"] = "General Topology",
        ["math.GR"] = "Group Theory",
        ["math.GT"] = "Geometric Topology",
        ["math.HO"] = "History and Overview",
        ["math.IT"] = "Information Theory",
        ["math.KT"] = "K-Theory and Homology",
        ["math.LO"] = "Logic",
        ["math.MG"] = "Metric Geometry",
        ["math.MP"] = "Mathematical Physics",
        ["math.NA"] = "Numerical Analysis",
        ["math.NT"] = "Number Theory",
        ["math.OA"] = "Operator Algebras",
        ["math.OC"] = "Optimization and Control",
        ["math.PR"] = "Probability",
        ["math.QA"] = "Quantum Algebra",
        ["math.RA"] = "Rings and Algebras",
        ["math.RT"] = "Representation Theory",
        ["math.SG"] = "Symplectic Geometry",
        ["math.SP"] = "Spectral Theory",
        ["math.ST"] = "Statistics Theory",

        ["astro-ph.CO"] = "Cosmology and Nongalactic Astrophysics",
        ["astro-ph.EP"] = "Earth and Planetary Astrophysics",
        ["astro-ph.GA"] = "Astrophysics of Galaxies",
        ["astro-ph.HE"] = "High Energy Astrophysical Phenomena",
        ["astro-ph.IM"] = "Instrumentation and Methods for Astrophysics",
        ["astro-ph.SR"] = "Solar and Stellar Astrophysics",

        ["physics.acc-ph"] = "Accelerator Physics",
        ["physics.ao-ph"] = "Atmospheric and Oceanic Physics",
        ["physics.app-ph"] = "Applied Physics",
        ["physics.atm-clus"] = "Atomic and Molecular Clusters",
        ["physics.atom-ph"] = "Atomic Physics",
        ["physics.bio-ph"] = "Biological Physics",
        ["physics.chem-ph"] = "Chemical Physics",
        ["physics.class-ph"] = "Classical Physics",
        ["physics.comp-ph"] = "Computational Physics",
        ["physics.data-an"] = "Data Analysis, Statistics and Probability",
        ["physics.ed-ph"] = "Physics Education",
        ["physics.flu-dyn"] = "Fluid Dynamics",
        ["physics.gen-ph"] = "General Physics",
        ["physics.geo-ph"] = "Geophysics",
        ["physics.hist-ph"] = "History and Philosophy of Physics",
        ["physics.ins-det"] = "Instrumentation and Detectors",
        ["physics.med-ph"] = "Medical Physics",
        ["physics.optics"] = "Optics",
        ["physics.plasm-ph"] = "Plasma Physics",
        ["physics.pop-ph"] = "Popular Physics",
        ["physics.soc-ph"] = "Physics and Society",
        ["physics.space-ph"] = "Space Physics",

        ["cond-mat.dis-nn"] = "Disordered Systems and Neural Networks",
        ["cond-mat.mes-hall"] = "Mesoscale and Nanoscale Physics",
        ["cond-mat.mtrl-sci"] = "Materials Science",
        ["cond-mat.other"] = "Other Condensed Matter",
        ["cond-mat.quant-gas"] = "Quantum Gases",
        ["cond-mat.soft"] = "Soft Condensed Matter",
        ["cond-mat.stat-mech"] = "Statistical Mechanics",
        ["cond-mat.str-el"] = "Strongly Correlated Electrons",
        ["cond-mat.supr-con"] = "Superconductivity",

        ["nlin.AO"] = "Adaptation and Self-Organizing Systems",
        ["nlin.CD"] = "Chaotic Dynamics",
        ["nlin.CG"] = "Cellular Automata and Lattice Gases",
        ["nlin.PS"] = "Pattern Formation and Solitons",
        ["nlin.SI"] = "Exactly Solvable and Integrable Systems",

        ["q-fin.CP"] = "Computational Finance",
        ["q-fin.EC"] = "Economics",
        ["q-fin.GN"] = "General Finance",
        ["q-fin.MF"] = "Mathematical Finance",
        ["q-fin.PM"] = "Portfolio Management",
        ["q-fin.PR"] = "Pricing of Securities",
        ["q-fin.RM"] = "Risk Management",
        ["q-fin.ST"] = "Statistical Finance",
        ["q-fin.TR"] = "Trading and Market Microstructure",

        ["econ.EM"] = "Econometrics",
        ["econ.GN"] = "General Economics",
        ["econ.TH"] = "Theoretical Economics",

        ["quant-ph"] = "Quantum Physics",
        ["gr-qc"] = "General Relativity and Quantum Cosmology",
        ["hep-ex"] = "High Energy Physics - Experiment",
        ["hep-lat"] = "High Energy Physics - Lattice",
        ["hep-ph"] = "High Energy Physics - Phenomenology",
        ["hep-th"] = "High Energy Physics - Theory",
        ["math-ph"] = "Mathematical Physics",
        ["nucl-ex"] = "Nuclear Experiment",
        ["nucl-th"] = "Nuclear Theory",
    };

    // When a bare code exists in several archives, the first archive here wins: a listing of
    // machine-learning papers means cs.CV, not math.CV.
    private static readonly string[] ArchivePreference = ["cs", "stat", "eess", "q-bio", "math", "astro-ph", "physics", "cond-mat", "nlin", "q-fin", "econ"];

    // Clashes the preference order gets wrong for research listings: category listings put
    // cosmology papers (galaxy surveys, N-body simulations) under "CO".
    private static readonly Dictionary<string, string> BareCodeChoices = new(StringComparer.OrdinalIgnoreCase)
    {
        ["CO"] = "astro-ph.CO",
    };

    private static readonly Dictionary<string, string> ByBareCode = BuildBareCodeIndex();

    /// <summary>The full arXiv code for what a listing writes ("LG" → "cs.LG", "cs.lg" → "cs.LG"), or null when unknown.</summary>
    public static string? Resolve(string code)
    {
        var trimmed = code.Trim();
        if (Names.ContainsKey(trimmed)) return Names.Keys.First(k => string.Equals(k, trimmed, StringComparison.OrdinalIgnoreCase));
        return ByBareCode.GetValueOrDefault(trimmed);
    }

    /// <summary>The category's name ("LG" → "Machine Learning"), or null when the code is not an arXiv category.</summary>
    public static string? NameOf(string code) => Resolve(code) is { } full ? Names[full] : null;

    private static Dictionary<string, string> BuildBareCodeIndex()
    {
        var index = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var archive in ArchivePreference)
        {
            foreach (var full in Names.Keys.Where(k => k.StartsWith(archive + ".", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
                index.TryAdd(full[(archive.Length + 1)..], full);
        }
        foreach (var (bare, full) in BareCodeChoices) index[bare] = full;
        return index;
    }
}

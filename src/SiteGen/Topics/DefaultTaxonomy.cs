namespace SiteGen.Topics;

/// <summary>
/// The taxonomy SiteGen ships for machine-learning research. Phrases are matched on whole
/// words after folding (case, diacritics, punctuation: "in-context" = "in context"), and a
/// trailing "s"/"es" on a word is accepted, so phrases are written in the singular.
/// Acronyms and names are written as papers write them ("LLM", "LoRA", "CLIP"): a word with
/// capitals after its first letter matches only the same spelling (see <see cref="TextWord"/>).
/// A topic covers the arXiv categories that are the same field, no broader than it (cs.CV is
/// Computer vision; cs.CL is all of computational linguistics, so it stays beside Language
/// models, and cs.LG names no topic here): one topic page, not a category and its near-twin.
/// Phrases are chosen to be specific: bare "causal" is left out on purpose because
/// "causal attention" and "causal masked model" are about transformers, not causality; bare
/// "plasticity" because continual learning uses it for a network's ability to learn; bare
/// "agent" because language-model agents are not reinforcement learning.
/// </summary>
public static class DefaultTaxonomy
{
    public static IReadOnlyList<TaxonomyTopic> Topics { get; } =
    [
        new("Language models", [
            "language model", "large language model", "LLM", "language modeling", "language modelling", "GPT", "LLaMA", "llama", "ChatGPT",
            "BERT", "in-context learning", "prompt", "prompting", "instruction tuning", "instruction-tuning", "chain-of-thought",
            "next-token prediction", "natural language processing", "NLP", "text generation", "natural language generation",
            "masked language modeling", "tokenisation", "tokenization", "tokenizer", "reversal curse", "post-training",
            "pretrained language", "frontier AI", "multimodal large language model", "code generation", "sequence labeling", "question answering", "language understanding", "BabyLM", "perplexity",
        ]),
        new("Diffusion models", [
            "diffusion model", "diffusion", "denoising diffusion", "score-based", "score matching", "flow matching",
            "stochastic interpolant", "diffusion transformer", "DDPM", "stable diffusion", "diffusion probabilistic model", "denoising", "denoised",
        ]),
        new("Generative models", [
            "generative model", "generative modeling", "generative modelling", "variational autoencoder", "VAE", "GAN",
            "generative adversarial", "normalizing flow", "normalising flow", "autoregressive model", "autoregressive modeling",
            "energy-based model", "image generation", "image synthesis", "text-to-image", "text-to-video", "video generation",
            "motion generation", "molecule generation", "audio generation", "image editing", "video editing", "generative pretraining",
        ]),
        new("Reinforcement learning", [
            "reinforcement learning", "RL", "policy gradient", "reward function", "imitation learning", "imitation", "markov decision process",
            "MDP", "q-learning", "RLHF", "world model", "model-based reinforcement learning", "policy learning", "planning",
        ]),
        new("Computer vision", [
            "computer vision", "image", "video", "visual", "vision", "object detection", "segmentation", "image classification",
            "convolutional neural network", "CNN", "vision transformer", "ViT", "3d scene", "point cloud", "PointNet", "mesh",
            "image reconstruction", "image compression", "satellite image", "pixel", "image generation", "image editing",
            "image synthesis", "video generation", "video editing", "motion generation",
        ]) { Categories = ["cs.CV", "eess.IV"] },
        new("Vision and language", [
            "vision-language", "vision language", "multimodal", "multi-modal", "MLLM", "VLM", "CLIP", "image-text",
            "visual question answering", "VQA", "vision language model", "vision-language pre-training",
            "multimodal large language model", "multimodal language model", "text-to-image", "video-language", "LLaVA", "captioning",
        ]),
        new("Medical imaging", [
            "medical image", "medical imaging", "radiology", "radiology report", "x-ray", "chest x-ray", "MRI", "CT scan",
            "histopathology", "pathology", "clinical", "lesion", "tumor", "tumour", "fundus", "medical",
        ]),
        new("Interpretability", [
            "interpretability", "mechanistic interpretability", "interpretable", "explainability", "explainable", "explanation",
            "probing", "probe", "linear probe", "attribution", "saliency", "circuit", "sparse autoencoder", "induction head",
            "reverse-engineering", "reverse engineering", "causal abstraction", "concept vector", "representation engineering",
            "steering", "mechanistic",
        ]),
        new("State-space models", [
            "state space model", "state-space model", "SSM", "S4", "mamba", "structured state space", "selective state space",
            "diagonal state space", "linear recurrence", "linear RNN", "HiPPO",
        ]),
        new("Neural architectures", [
            "transformer", "attention", "self-attention", "recurrent neural network", "RNN", "LSTM", "MLP", "multi-layer perceptron",
            "mixture of experts", "mixture-of-experts", "u-net", "architecture", "neural ODE", "deep equilibrium model",
            "linear attention", "sub-quadratic", "long-range dependency", "sequence to sequence", "seq2seq", "building block",
            "network layer", "linear layer", "projection layer", "convolutional layer", "activation function", "residual connection",
            "skip connection", "layer normalization", "normalization layer", "positional encoding", "feed-forward network", "MoE",
        ]),
        new("Causality", [
            "causal inference", "causal discovery", "causal model", "causal structure", "causal effect", "causal graph",
            "structural causal model", "causal reasoning", "causal relationship", "causal representation", "causal analysis",
            "causal estimation", "causal view", "causal intervention", "causal minimax", "causal explainer", "causally fair",
            "causally motivated",
            "causality", "counterfactual", "treatment effect", "average treatment effect", "instrumental variable", "confounder",
            "confounding", "randomized controlled trial", "do-calculus", "interventional", "mediation", "mediator",
        ]),
        new("Bayesian methods", [
            "bayesian", "bayes", "posterior", "variational inference", "gaussian process", "uncertainty quantification",
            "uncertainty estimation", "uncertainty", "probabilistic", "MCMC", "markov chain monte carlo", "metropolis-hastings",
            "particle filter", "sequential monte carlo", "gibbs", "neural process", "amortized inference", "amortised inference",
            "martingale", "likelihood", "evidence lower bound", "ELBO",
        ]),
        new("Neuroscience and cognition", [
            "neuroscience", "brain", "neural data", "spiking", "cognitive", "cognition", "cognitive science",
            "fMRI", "EEG", "MEG", "biologically plausible", "cortex", "visual cortex", "synaptic plasticity", "neural plasticity", "brain plasticity", "synaptic",
            "predictive coding", "psychology", "psychologically", "human behavior", "human behaviour", "human perception",
            "mental simulation", "neural recording", "humans", "human brain", "neural activity",
        ]) { Categories = ["q-bio.NC"] },
        new("Learning theory", [
            "learning theory", "generalization", "generalisation", "generalization bound", "expressivity", "expressiveness",
            "expressive power", "universal approximation", "neural tangent kernel", "NTK", "infinite width", "infinite-width",
            "double descent", "scaling law", "memorization", "memorisation", "overparameterized", "overparametrized",
            "inductive bias", "benign overfitting", "implicit bias", "sample complexity", "leave-one-out", "mode connectivity",
            "neural collapse", "theoretical", "theorem", "scaling",
        ]),
        new("Optimization", [
            "optimization", "optimisation", "gradient descent", "SGD", "learning rate", "loss landscape", "optimizer",
            "adam", "convergence", "bilevel optimization", "hyperparameter", "initialization", "parameterization", "curvature",
            "hessian",
        ]),
        new("Continual learning", [
            "continual learning", "catastrophic forgetting", "forgetting", "lifelong learning", "incremental learning",
            "stability-plasticity", "plasticity-stability", "loss of plasticity", "plasticity loss", "replay", "continual", "unlearning", "model update",
        ]),
        new("Self-supervised learning", [
            "self-supervised", "self supervised", "contrastive learning", "contrastive", "masked image modeling",
            "masked autoencoder", "MAE", "representation learning", "knowledge distillation",
        ]),
        new("Embeddings and retrieval", [
            "embedding model", "text embedding", "retrieval", "retriever", "retrieval-augmented", "RAG", "information retrieval",
            "dense retrieval", "semantic search", "query suggestion", "search engine", "embedding",
        ]),
        new("Speech and audio", [
            "speech", "audio", "music", "sound", "speaker", "ASR", "waveform", "text-to-speech", "acoustic", "audio generation",
        ]) { Categories = ["cs.SD", "eess.AS"] },
        new("Graphs and geometry", [
            "graph neural network", "GNN", "graph", "node classification", "knowledge graph", "message passing", "road network",
            "geometric deep learning", "hyperbolic", "lorentz", "manifold", "equivariant", "equivariance", "rotational alignment",
        ]),
        new("Robotics", [
            "robot", "robotics", "robotic", "robotic manipulation", "locomotion", "embodied", "autonomous driving", "control action",
        ]) { Categories = ["cs.RO"] },
        new("Time series", [
            "time series", "time-series", "forecasting", "markov jump process",
            "hidden markov model", "HMM", "temporal dynamics", "sequential data",
        ]),
        new("Reasoning", [
            "reasoning", "reasoner", "arithmetic", "multiplication", "mathematical reasoning", "commonsense", "abstract reasoning",
            "theorem proving", "math", "mathematical modeling", "multi-hop",
        ]),
        new("AI for science", [
            "cosmology", "cosmological", "galaxy", "molecule generation", "astronomy", "astrophysics", "trans-neptunian", "molecule", "molecular",
            "protein", "chemistry", "retrosynthesis", "retrosynthetic", "physics", "n-body", "earth observation", "satellite",
            "remote sensing", "climate", "gene regulatory", "genomics", "material science", "mechanical", "poverty",
        ]),
        new("Robustness and fairness", [
            "robustness", "fairness", "fair", "social bias", "biased", "debiasing", "spurious correlation", "shortcut", "adversarial",
            "safety", "alignment", "hallucination", "truthfulness", "refusal", "out-of-distribution", "OOD", "content moderation",
            "malicious", "defense", "privacy", "unlearning",
        ]),
        new("Machine learning systems", [
            "deep learning framework", "PyTorch", "TensorFlow", "JAX", "compiler", "transpiler", "portability",
            "software library", "distributed training", "hardware accelerator",
        ]),
        new("Model compression and fusion", [
            "pruning", "quantization", "model compression", "distillation", "knowledge distillation", "LoRA", "low-rank adaptation",
            "parameter-efficient", "model fusion", "transformer fusion", "model merging", "meta-pruning", "sparsity",
        ]),
    ];
}

namespace SiteGen.Tests.Topics;

/// <summary>
/// Forty shipped papers (every fifth entry of the listings in file order, entries 0–195)
/// with the taxonomy topics a reader judges right for each, decided by reading the title
/// and abstract before looking at what the assigner does. A paper can rightly sit under
/// several topics, so each row lists every acceptable topic; the first is the main one.
/// </summary>
internal static class HandCheckedTopicSample
{
    public static readonly IReadOnlyList<(string TitleStart, string[] Acceptable)> Papers =
    [
        ("Implicit Language Models are RNNs", ["State-space models", "Language models", "Neural architectures", "Learning theory"]),
        ("Approximations to the Fisher Information Metric", ["Generative models", "Robustness and fairness", "Diffusion models", "Bayesian methods"]),
        ("Quantifying the Sensitivity of Inverse Reinforcement", ["Reinforcement learning", "Learning theory"]),
        ("The Principles of Diffusion Models", ["Diffusion models", "Generative models"]),
        ("Tversky Neural Networks", ["Neural architectures", "Neuroscience and cognition"]),
        ("Shall We Pretrain Autoregressive Language Models", ["Language models", "Embeddings and retrieval"]),
        ("How Post-Training Reshapes LLMs", ["Language models", "Interpretability", "Robustness and fairness"]),
        ("Recoding latent sentence representations", ["Neural architectures", "Language models", "Neuroscience and cognition"]),
        ("Why Can't Transformers Learn Multiplication", ["Interpretability", "Language models", "Reasoning", "Neural architectures"]),
        ("DINO-WM", ["Reinforcement learning", "Robotics", "Computer vision"]),
        ("The Benefits of Model-Based Generalization", ["Reinforcement learning", "Learning theory"]),
        ("Why Has Predicting Downstream Capabilities", ["Language models", "Learning theory"]),
        ("Antagonising explanation and revealing bias", ["Generative models", "Diffusion models", "Robustness and fairness", "Interpretability"]),
        ("Label Supervised LLaMA Finetuning", ["Language models", "Model compression and fusion"]),
        ("Is the Reversal Curse a Binding Problem", ["Language models", "Neuroscience and cognition", "Neural architectures", "Learning theory"]),
        ("ACDiT", ["Diffusion models", "Generative models", "Vision and language", "Computer vision"]),
        ("GeoRemover", ["Computer vision", "Generative models"]),
        ("Monarch Mixer", ["Neural architectures", "Model compression and fusion", "Language models"]),
        ("Edit-A-Video", ["Computer vision", "Diffusion models", "Generative models"]),
        ("Debiasing Multimodal Models via Causal", ["Causality", "Robustness and fairness", "Vision and language"]),
        ("Towards Characterizing Domain Counterfactuals", ["Causality", "Generative models"]),
        ("iReason", ["Reasoning", "Vision and language", "Causality", "Interpretability", "Computer vision"]),
        ("CausalTime", ["Causality", "Time series"]),
        ("Mask of truth", ["Medical imaging", "Robustness and fairness", "Interpretability", "Computer vision"]),
        ("LMD: Faster Image Reconstruction", ["Diffusion models", "Self-supervised learning", "Computer vision", "Generative models"]),
        ("Enhancing Conditional Image Generation", ["Diffusion models", "Generative models", "Computer vision", "Interpretability"]),
        ("Scaling MLPs", ["Neural architectures", "Learning theory", "Computer vision"]),
        ("The Curious Case of Benign Memorization", ["Learning theory"]),
        ("Mastering Spatial Graph Prediction", ["Computer vision", "Graphs and geometry", "Reinforcement learning"]),
        ("On the Emergence of Induction Heads", ["Interpretability", "Language models", "Neural architectures", "Learning theory"]),
        ("SeqLoRA", ["Continual learning", "Diffusion models", "Model compression and fusion", "Generative models", "Optimization"]),
        ("On the Expressiveness and Length Generalization", ["State-space models", "Learning theory"]),
        ("Model Fusion via Neuron Interpolation", ["Model compression and fusion"]),
        ("A Language Model's Guide Through Latent Space", ["Language models", "Interpretability"]),
        ("The Non-Linear Representation Dilemma", ["Interpretability", "Causality"]),
        ("Local and Global Decoding in Text Generation", ["Language models", "Bayesian methods"]),
        ("MLICv2", ["Computer vision"]),
        ("On the Parameterization and Initialization of Diagonal", ["State-space models", "Neural architectures", "Optimization"]),
        ("Exact Learning of Permutations", ["Learning theory"]),
        ("It's Raw! Audio Generation", ["Speech and audio", "State-space models", "Generative models"]),
    ];
}
